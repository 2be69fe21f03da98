package br.com.credito.common.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/** The RFC 9457 body every error response references (ProblemDetailFactory builds exactly these fields). */
final class EsquemasDeProblema implements OpenApiCustomizer {

    static final String PROBLEMA = "Problema";
    static final String ERRO_DE_CAMPO = "ErroDeCampo";
    static final String REF_PROBLEMA = "#/components/schemas/" + PROBLEMA;

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.components(new Components());
        }
        openApi.getComponents().addSchemas(ERRO_DE_CAMPO, erroDeCampo()).addSchemas(PROBLEMA, problema());
    }

    private static Schema<Object> problema() {
        return objeto("Erro no formato RFC 9457 (application/problem+json).")
                .addProperty(
                        "type",
                        texto().description("Tipo do problema (URN fixa, por exemplo"
                                        + " urn:problema:credito:dados-invalidos).")
                                .example("urn:problema:credito:dados-invalidos"))
                .addProperty(
                        "title",
                        texto().description("Título do tipo de problema.").example("Dados invalidos"))
                .addProperty("status", inteiro().description("Status HTTP.").example(400))
                .addProperty(
                        "detail",
                        texto().description("Explicação para esta ocorrência, em português.")
                                .example("Um ou mais campos são inválidos."))
                .addProperty(
                        "instance",
                        texto().description("Caminho da requisição.").example("/v1/cartao/concessao"))
                .addProperty("codigo", texto().description("Código estável para o canal decidir o que fazer."))
                .addProperty(
                        "traceId",
                        texto().description("Identificador do rastro, para o suporte.")
                                .example("4bf92f3577b34da6a3ce929d0e0e4736"))
                .addProperty(
                        "erros",
                        lista(new Schema<>().$ref("#/components/schemas/" + ERRO_DE_CAMPO))
                                .description("Campos recusados (só em 400)."))
                .required(List.of("type", "title", "status", "codigo", "traceId"));
    }

    private static Schema<Object> erroDeCampo() {
        return objeto("Um campo recusado, nomeado como o cliente o enviou.")
                .addProperty("campo", texto().example("tipoCartao"))
                .addProperty("mensagem", texto().example("deve ser um de GOLD, PLATINUM, BLACK"))
                .required(List.of("campo", "mensagem"));
    }

    static Schema<Object> texto() {
        return tipo("string");
    }

    private static Schema<Object> inteiro() {
        return tipo("integer");
    }

    private static Schema<Object> objeto(String descricao) {
        return tipo("object").description(descricao);
    }

    private static Schema<Object> lista(Schema<?> itens) {
        return tipo("array").items(itens);
    }

    /** Both spellings: {@code type} for OpenAPI 3.0 output, {@code types} for 3.1 (what the services publish). */
    @SuppressWarnings("unchecked")
    private static Schema<Object> tipo(String tipo) {
        Schema<Object> schema = new Schema<>();
        schema.type(tipo);
        schema.types(Set.of(tipo));
        return schema;
    }
}
