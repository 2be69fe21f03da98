package br.com.credito.carga;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Load is only ever sent to this machine: a typo in a base URL must not turn into a load test of someone else. Only
 * literal loopback names are accepted, so checking a URL never needs a DNS lookup.
 */
final class Loopback {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

    private Loopback() {}

    static URI exigir(URI uri) {
        String host = uri.getHost();
        if (host == null || !ehLoopback(host)) {
            throw new IllegalArgumentException("somente enderecos de loopback sao aceitos: " + uri);
        }
        return uri;
    }

    private static boolean ehLoopback(String host) {
        return host.equalsIgnoreCase("localhost") || IPV4_LOOPBACK.matcher(host).matches() || host.equals("[::1]");
    }
}
