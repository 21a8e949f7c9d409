/*
 * Kiosk idle reset: after a quiet spell a visible countdown starts; unless someone touches the screen the kiosk goes
 * back to its home page, which drops whatever a villager had half entered (the pages keep nothing across a reload).
 */
(function () {
    "use strict";
    // print buttons (no inline script: the page only marks them)
    Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
        button.addEventListener("click", function () {
            window.print();
        });
    });
    var overlay = document.getElementById("b-idle");
    if (!overlay) {
        return;
    }
    var timeout = parseInt(overlay.getAttribute("data-timeout"), 10) || 180;
    var warning = parseInt(overlay.getAttribute("data-warning"), 10) || 30;
    var home = overlay.getAttribute("data-home");
    var secondsLabel = document.getElementById("b-idle-seconds");
    var idle = 0;

    function reset() {
        idle = 0;
        overlay.hidden = true;
    }

    function tick() {
        idle += 1;
        var left = timeout - idle;
        if (left <= 0) {
            window.location.replace(home);
            return;
        }
        if (left <= warning) {
            overlay.hidden = false;
            secondsLabel.textContent = String(left);
        }
    }

    ["pointerdown", "keydown", "touchstart", "input", "scroll"].forEach(function (type) {
        document.addEventListener(type, reset, { passive: true, capture: true });
    });
    window.setInterval(tick, 1000);
}());
