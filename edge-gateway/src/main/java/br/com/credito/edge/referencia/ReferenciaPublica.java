package br.com.credito.edge.referencia;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the combined document: each service's {@code /v3/api-docs} read at request time (so it never drifts from
 * what the services answer), paths and schemas merged, operation ids prefixed with the service so they stay unique,
 * the edge as the only server. A service that cannot be read is named in {@code x-servicos-indisponiveis} instead of
 * failing the whole reference.
 */
final class ReferenciaPublica {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenciaPublica.class);

    private final RestClient http;
    private final JsonMapper json;
    private final Map<String, URI> servicos;

    ReferenciaPublica(RestClient http, JsonMapper json, Map<String, URI> servicos) {
        this.http = http;
        this.json = json;
        this.servicos = new LinkedHashMap<>(servicos);
    }

    ObjectNode montar() {
        ObjectNode referencia = json.createObjectNode();
        ObjectNode schemas = json.createObjectNode();
        ObjectNode paths = json.createObjectNode();
        ArrayNode tags = json.createArrayNode();
        ArrayNode indisponiveis = json.createArrayNode();
        JsonNode seguranca = null;
        for (Map.Entry<String, URI> servico : servicos.entrySet()) {
            JsonNode documento = ler(servico.getValue());
            if (documento == null) {
                indisponiveis.add(servico.getKey());
                continue;
            }
            if (referencia.isEmpty()) {
                referencia.put("openapi", documento.path("openapi").asString("3.1.0"));
                seguranca = documento;
            }
            juntarPaths(servico.getKey(), documento.path("paths"), paths);
            documento
                    .path("components")
                    .path("schemas")
                    .properties()
                    .forEach(e -> schemas.putIfAbsent(e.getKey(), e.getValue()));
            documento.path("tags").forEach(tag -> {
                if (tags.valueStream().noneMatch(t -> t.path("name").equals(tag.path("name")))) {
                    tags.add(tag);
                }
            });
        }
        referencia.set("info", info());
        referencia.set(
                "servers",
                json.createArrayNode()
                        .add(json.createObjectNode()
                                .put("url", "/")
                                .put("description", "Este gateway (na AWS, o API Gateway)")));
        if (seguranca != null) {
            referencia.set("security", seguranca.path("security"));
        }
        referencia.set("tags", tags);
        referencia.set("paths", paths);
        ObjectNode componentes = referencia.putObject("components");
        componentes.set("schemas", schemas);
        if (seguranca != null) {
            componentes.set("securitySchemes", seguranca.path("components").path("securitySchemes"));
        }
        if (!indisponiveis.isEmpty()) {
            referencia.set("x-servicos-indisponiveis", indisponiveis);
        }
        return referencia;
    }

    private void juntarPaths(String servico, JsonNode origem, ObjectNode destino) {
        origem.properties().forEach(caminho -> {
            JsonNode operacoes = caminho.getValue().deepCopy();
            operacoes.properties().forEach(operacao -> {
                if (operacao.getValue() instanceof ObjectNode o && o.has("operationId")) {
                    o.put("operationId", servico + "_" + o.path("operationId").asString());
                }
            });
            destino.set(caminho.getKey(), operacoes);
        });
    }

    private ObjectNode info() {
        ObjectNode info = json.createObjectNode()
                .put("title", "API de Crédito — referência pública")
                .put("version", "1.0.0")
                .put(
                        "description",
                        "Tudo o que o API Gateway expõe aos canais do banco, num só documento: concessão"
                                + " de cartão, investimentos, histórico de crédito, score e motor de regras. Autentique com"
                                + " um token OAuth2 (client credentials); cada operação diz o escopo que exige. Erros em"
                                + " application/problem+json com `codigo` e `traceId`.");
        info.putObject("license")
                .put("name", "Proprietária — uso restrito aos canais do banco")
                .put("identifier", "LicenseRef-Proprietaria");
        return info;
    }

    private JsonNode ler(URI base) {
        try {
            String corpo =
                    http.get().uri(base.resolve("/v3/api-docs")).retrieve().body(String.class);
            return json.readTree(corpo);
        } catch (RuntimeException e) {
            LOG.warn(
                    "Documento OpenAPI de {} indisponivel: {}",
                    base,
                    e.getClass().getSimpleName());
            return null;
        }
    }
}
