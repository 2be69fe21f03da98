package br.com.credito.concessao.decisao.adapter.out;

import br.com.credito.concessao.decisao.domain.Fonte;
import br.com.credito.concessao.decisao.domain.OrigemDado;
import org.springframework.http.HttpHeaders;

/** Reads {@code X-Fonte-Dados: BUREAU|CACHE|CACHE_EXPIRADO} and {@code Age} (docs/contratos-internos.md). */
public final class Proveniencia {

    public static final String CABECALHO_FONTE = "X-Fonte-Dados";

    private Proveniencia() {}

    /** No header means the service answered from its own source: live. */
    public static Fonte de(HttpHeaders cabecalhos) {
        String fonte = cabecalhos.getFirst(CABECALHO_FONTE);
        OrigemDado origem = switch (fonte == null ? "" : fonte.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "CACHE" -> OrigemDado.CACHE;
            case "CACHE_EXPIRADO" -> OrigemDado.CACHE_EXPIRADO;
            default -> OrigemDado.AO_VIVO;
        };
        return new Fonte(origem, idade(cabecalhos.getFirst(HttpHeaders.AGE), origem));
    }

    /** Age in seconds; a live answer without {@code Age} is 0 s old, a cached one without it has unknown age. */
    private static Long idade(String age, OrigemDado origem) {
        if (age == null) {
            return origem == OrigemDado.AO_VIVO ? Long.valueOf(0) : null;
        }
        try {
            return Long.valueOf(Math.max(0, Long.parseLong(age.trim())));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
