package br.com.credito.common.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The fixed set of problem types every service answers with (RFC 9457 {@code type}). Clients branch on {@code type}
 * and {@code codigo}, so a new constant is an API change.
 */
public enum TipoProblema {
    DADOS_INVALIDOS(HttpStatus.BAD_REQUEST, "dados-invalidos", "Dados invalidos"),
    NAO_AUTENTICADO(HttpStatus.UNAUTHORIZED, "nao-autenticado", "Autenticacao necessaria"),
    ACESSO_NEGADO(HttpStatus.FORBIDDEN, "acesso-negado", "Acesso negado"),
    NAO_ENCONTRADO(HttpStatus.NOT_FOUND, "nao-encontrado", "Recurso nao encontrado"),
    METODO_NAO_PERMITIDO(HttpStatus.METHOD_NOT_ALLOWED, "metodo-nao-permitido", "Metodo nao permitido"),
    NAO_ACEITAVEL(HttpStatus.NOT_ACCEPTABLE, "nao-aceitavel", "Formato de resposta nao suportado"),
    CONFLITO(HttpStatus.CONFLICT, "conflito", "Conflito com o estado atual"),
    CORPO_GRANDE_DEMAIS(HttpStatus.CONTENT_TOO_LARGE, "corpo-grande-demais", "Corpo da requisicao grande demais"),
    MIDIA_NAO_SUPORTADA(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "midia-nao-suportada", "Tipo de conteudo nao suportado"),
    REGRA_VIOLADA(HttpStatus.UNPROCESSABLE_CONTENT, "regra-violada", "Requisicao viola uma regra de negocio"),
    LIMITE_DE_REQUISICOES(HttpStatus.TOO_MANY_REQUESTS, "limite-de-requisicoes", "Limite de requisicoes excedido"),
    ERRO_INTERNO(HttpStatus.INTERNAL_SERVER_ERROR, "erro-interno", "Erro interno"),
    SERVICO_INDISPONIVEL(
            HttpStatus.SERVICE_UNAVAILABLE, "servico-indisponivel", "Servico temporariamente indisponivel");

    private static final String PREFIXO_TIPO = "urn:problema:credito:";

    private final HttpStatus status;
    private final URI tipo;
    private final String titulo;

    TipoProblema(HttpStatus status, String slug, String titulo) {
        this.status = status;
        this.tipo = URI.create(PREFIXO_TIPO + slug);
        this.titulo = titulo;
    }

    public HttpStatus status() {
        return status;
    }

    public URI tipo() {
        return tipo;
    }

    public String titulo() {
        return titulo;
    }

    /** The problem type a plain HTTP status maps to when no more specific one applies. */
    public static TipoProblema paraStatus(int status) {
        for (TipoProblema tipo : values()) {
            if (tipo.status.value() == status) {
                return tipo;
            }
        }
        return status >= 500 ? ERRO_INTERNO : DADOS_INVALIDOS;
    }
}
