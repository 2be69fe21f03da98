package br.com.credito.common.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents every error an operation may answer as {@code application/problem+json} ({@link EsquemasDeProblema}),
 * each with the {@code codigo} values it can carry: the platform's own (docs/contratos-internos.md, "Errors every
 * service may answer") plus the endpoint's {@link ErroDocumentado}.
 */
final class RespostasDeErro implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod metodo) {
        Map<Integer, Erro> erros = new TreeMap<>();
        erros.put(
                400,
                new Erro(
                        List.of("DADOS_INVALIDOS", "JSON_MALFORMADO"),
                        "Requisição inválida: `erros` nomeia cada campo e o que ele aceita."));
        erros.put(401, new Erro(List.of("NAO_AUTENTICADO"), "Token ausente, inválido ou expirado."));
        erros.put(403, new Erro(List.of("ACESSO_NEGADO"), "O token não concede o escopo exigido."));
        if (operation.getRequestBody() != null) {
            erros.put(413, new Erro(List.of("CORPO_GRANDE_DEMAIS"), "Corpo da requisição maior que o limite."));
        }
        erros.put(500, new Erro(List.of("ERRO_INTERNO"), "Erro inesperado: informe o `traceId` ao suporte."));
        for (ErroDocumentado proprio :
                AnnotatedElementUtils.findMergedRepeatableAnnotations(metodo.getMethod(), ErroDocumentado.class)) {
            erros.merge(
                    proprio.status(),
                    new Erro(List.of(proprio.codigos()), proprio.descricao()),
                    (comum, especifico) -> especifico.somando(comum));
        }
        ApiResponses respostas = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        erros.forEach((status, erro) -> respostas.addApiResponse(String.valueOf(status), erro.resposta()));
        return operation.responses(respostas);
    }

    private record Erro(List<String> codigos, String descricao) {

        Erro somando(Erro outro) {
            List<String> todos = new ArrayList<>(codigos);
            outro.codigos().stream().filter(c -> !todos.contains(c)).forEach(todos::add);
            return new Erro(List.copyOf(todos), descricao);
        }

        ApiResponse resposta() {
            Schema<Object> comCodigos = new Schema<>()
                    .allOf(List.of(
                            new Schema<>().$ref(EsquemasDeProblema.REF_PROBLEMA),
                            new Schema<>()
                                    .addProperty(
                                            "codigo",
                                            EsquemasDeProblema.texto()._enum(new ArrayList<Object>(codigos)))));
            return new ApiResponse()
                    .description(descricao + " Códigos: " + String.join(", ", codigos) + ".")
                    .content(new Content()
                            .addMediaType(
                                    org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    new MediaType().schema(comCodigos)));
        }
    }
}
