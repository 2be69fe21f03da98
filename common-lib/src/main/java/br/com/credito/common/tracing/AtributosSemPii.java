package br.com.credito.common.tracing;

import br.com.credito.common.logging.ModelosDeUri;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import java.util.List;

/**
 * HTTP observations (server and client) carry the full URL in high-cardinality attributes ({@code http.url},
 * {@code url.full}, ...), which become span attributes in X-Ray: {@code /v1/score/12345},
 * {@code posicao?idCliente=12345}. This filter rewrites them to the URI template before any handler sees them, and
 * drops the query (issue 16, item 8). The ADOT collector deletes the same attributes again (defence in depth).
 */
public final class AtributosSemPii implements ObservationFilter {

    static final List<String> ATRIBUTOS_COM_URL = List.of("http.url", "url.full", "url.path", "http.target");
    static final List<String> ATRIBUTOS_DE_CONSULTA = List.of("url.query", "http.query");

    @Override
    public Observation.Context map(Observation.Context contexto) {
        KeyValue template = contexto.getLowCardinalityKeyValue("uri");
        for (String nome : ATRIBUTOS_COM_URL) {
            KeyValue atributo = contexto.getHighCardinalityKeyValue(nome);
            if (atributo != null) {
                contexto.addHighCardinalityKeyValue(KeyValue.of(nome, semPii(atributo.getValue(), template)));
            }
        }
        for (String nome : ATRIBUTOS_DE_CONSULTA) {
            if (contexto.getHighCardinalityKeyValue(nome) != null) {
                contexto.addHighCardinalityKeyValue(KeyValue.of(nome, ""));
            }
        }
        return contexto;
    }

    /** The observation's own template when it has one, else the API's template for the URL's path. */
    private static String semPii(String url, KeyValue template) {
        if (template != null && template.getValue().startsWith("/")) {
            return template.getValue().split("[?#]", 2)[0];
        }
        int inicioCaminho = url.indexOf('/', url.indexOf("//") < 0 ? 0 : url.indexOf("//") + 2);
        return ModelosDeUri.modelo(inicioCaminho < 0 ? url : url.substring(inicioCaminho));
    }
}
