// Print buttons on public pages (a village's QR poster): no inline script, so the button is wired here.
document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
        button.addEventListener("click", function () {
            window.print();
        });
    });
});
