package br.com.credito.common.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The URI templates of the platform's API. Logs and spans name a request by its template
 * ({@code /v1/cartao/limites/{idCliente}/historico}), never by its path: an id is never written, whatever new
 * endpoint carries one. A path that matches no template is cut after its first two segments (fail closed), so a
 * forgotten template costs detail in the logs, never a client id (issue 16, item 8).
 */
public final class ModelosDeUri {

    /** Every path of the API (ARCHITECTURE.md, docs/contratos-internos.md); more specific ones first. */
    static final List<String> MODELOS = List.of(
            "/v1/cartao/concessao",
            "/v1/cartao/status/{idCliente}",
            "/v1/cartao/limites/{idCliente}/historico",
            "/v1/cartao/concessoes/{idConcessao}/explicacao",
            "/v1/cartao/concessoes/{idConcessao}/revisao",
            "/v1/investimentos",
            "/v1/investimentos/posicao",
            "/v1/investimentos/{idInvestimento}",
            "/v1/historico/contratos/{idCliente}",
            "/v1/score/{idCliente}",
            "/v1/regras/avaliar",
            "/v1/regras/simular",
            "/v1/regras/politicas",
            "/v1/regras/politicas/ativa",
            "/v1/regras/politicas/validacao",
            "/v1/regras/politicas/rollback",
            "/v1/regras/politicas/{versao}",
            "/v1/regras/politicas/{versao}/ativar",
            "/v1/regras/politicas/{versao}/auditoria");

    private static final List<PathPattern> PADROES =
            MODELOS.stream().map(PathPatternParser.defaultInstance::parse).toList();

    /**
     * A path of this API inside any text: {@code /v1/} and what follows up to a quote, space, query or fragment. A
     * template variable ({@code {idCliente}}) is part of the path, so masking a template again leaves it as it is.
     */
    private static final Pattern CAMINHO_NO_TEXTO =
            Pattern.compile("(?<![A-Za-z_-])/v1/(?:[^\\s\"'?#,;)\\]{}]|\\{[A-Za-z]+})*");

    private ModelosDeUri() {}

    /** The template the path matches, or its first two segments and {@code /**}; the query is dropped. */
    public static String modelo(String caminho) {
        if (caminho == null || caminho.isEmpty()) {
            return caminho;
        }
        String semConsulta = caminho.split("[?#]", 2)[0];
        PathContainer container = PathContainer.parsePath(semConsulta);
        for (int i = 0; i < PADROES.size(); i++) {
            if (PADROES.get(i).matches(container)) {
                return MODELOS.get(i);
            }
        }
        String[] segmentos = semConsulta.split("/", -1);
        if (segmentos.length <= 3) {
            return semConsulta;
        }
        return "/" + segmentos[1] + "/" + segmentos[2] + "/**";
    }

    /** Replaces every API path in a text by its template. */
    public static String emTexto(String texto) {
        if (texto == null || !texto.contains("/v1/")) {
            return texto;
        }
        return CAMINHO_NO_TEXTO.matcher(texto).replaceAll(m -> Matcher.quoteReplacement(modelo(m.group())));
    }
}
