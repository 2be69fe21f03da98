package br.com.credito.common.web;

import br.com.credito.common.problem.TipoProblema;

/** Fixed details for errors raised outside Spring MVC, where nothing more specific than the status is known. */
final class DetalhesDeErro {

    private DetalhesDeErro() {}

    static String padrao(TipoProblema tipo) {
        return switch (tipo) {
            case DADOS_INVALIDOS ->
                "Requisicao invalida: caminho, consulta ou cabecalho com caracteres nao permitidos.";
            case NAO_AUTENTICADO -> "Token ausente, invalido ou expirado.";
            case ACESSO_NEGADO -> "O token nao concede o escopo exigido.";
            case NAO_ENCONTRADO -> "Recurso nao encontrado.";
            case METODO_NAO_PERMITIDO -> "Metodo HTTP nao suportado por este recurso.";
            case CORPO_GRANDE_DEMAIS -> "Requisicao grande demais.";
            case MIDIA_NAO_SUPORTADA -> "Envie o corpo como application/json.";
            case SERVICO_INDISPONIVEL -> "Servico temporariamente indisponivel.";
            default ->
                tipo.status().is5xxServerError()
                        ? "Erro inesperado. Informe o traceId ao suporte."
                        : tipo.titulo() + ".";
        };
    }
}
