package org.bianmin.shared.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a request really comes from, for throttles and the audit log. Behind a reverse proxy every request comes
 * from the proxy, so one guesser would throttle everybody: when the request comes from a trusted proxy
 * ({@code BIANMIN_TRUSTED_PROXIES}, comma-separated addresses), the client is the right-most address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy. Without trusted proxies the header is ignored: anybody
 * can write it.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(ServletRequest request) {
        String forwarded = request instanceof HttpServletRequest http ? http.getHeader("X-Forwarded-For") : null;
        return resolve(request.getRemoteAddr(), forwarded, trustedProxies());
    }

    static String resolve(String remote, String forwardedFor, Set<String> trusted) {
        if (!trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(","))
                .map(String::strip)
                .filter(hop -> !hop.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remote;
    }

    private static Set<String> trustedProxies() {
        return ConfigProvider.getConfig()
                .getOptionalValue("bianmin.trusted-proxies", String.class)
                .map(list -> Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }
}
