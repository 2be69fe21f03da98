package br.com.credito.common.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The character rules of Spring Security's {@link StrictHttpFirewall} for header names and values, checked one code
 * point at a time instead of by its regular expressions. The firewall applies its value rule every time a header is
 * read, so the bearer token (some 700 characters) went through a Unicode-class regex on every read of every hop:
 * StrictHttpFirewall was 1.2-6.9 % of each service's CPU samples under the CPU drill (JFR, issue 15).
 *
 * <p>The same sets as Spring's patterns, checked against them on generated strings ({@code CaracteresDoFirewallTest}):
 * a name is made of assigned, non-control code points ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}); a value may also
 * hold a tab ({@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}). Every other rule of the firewall (paths, methods,
 * encoded characters, host names) is Spring's, unchanged.
 */
final class CaracteresDoFirewall {

    private CaracteresDoFirewall() {}

    /** {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}: header and parameter names. */
    static boolean nomePermitido(String nome) {
        return todosPermitidos(nome, false);
    }

    /** {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: header values. */
    static boolean valorPermitido(String valor) {
        return todosPermitidos(valor, true);
    }

    private static boolean todosPermitidos(String texto, boolean tabulacao) {
        for (int i = 0; i < texto.length(); ) {
            char c = texto.charAt(i);
            if (c >= ' ' && c < 0x7f) {
                // printable ASCII, nearly every character of a real header: assigned and not a control
                i++;
                continue;
            }
            int ponto = texto.codePointAt(i);
            boolean permitido = (tabulacao && ponto == '\t')
                    || (Character.getType(ponto) != Character.UNASSIGNED
                            && Character.getType(ponto) != Character.CONTROL);
            if (!permitido) {
                return false;
            }
            i += Character.charCount(ponto);
        }
        return true;
    }
}
