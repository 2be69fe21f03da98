package br.com.credito.common.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * How every list of the API is paged (issue 16): {@code pagina} from 0, {@code tamanho} 20 by default and at most 100,
 * so that one answer never carries a client's whole history. The body keeps its shape; the total and the links to
 * the neighbouring pages travel in headers ({@code X-Total-Count}, RFC 8288 {@code Link}).
 */
public final class Paginacao {

    public static final String PAGINA = "pagina";
    public static final String TAMANHO = "tamanho";
    public static final String TAMANHO_PADRAO = "20";
    public static final int TAMANHO_MAXIMO = 100;
    public static final String TOTAL = "X-Total-Count";

    private Paginacao() {}

    /** A page's 200: the body as it is, the total and the neighbouring pages in {@link #cabecalhos headers}. */
    public static <T> ResponseEntity<T> resposta(int pagina, int tamanho, long total, T corpo) {
        return ResponseEntity.ok().headers(cabecalhos(pagina, tamanho, total)).body(corpo);
    }

    /** {@code X-Total-Count} and {@code Link} (next/prev) for the current request's page. */
    public static HttpHeaders cabecalhos(int pagina, int tamanho, long total) {
        HttpHeaders cabecalhos = new HttpHeaders();
        cabecalhos.set(TOTAL, Long.toString(total));
        StringBuilder links = new StringBuilder();
        if ((long) (pagina + 1) * tamanho < total) {
            links.append(link(pagina + 1, tamanho, "next"));
        }
        if (pagina > 0) {
            if (!links.isEmpty()) {
                links.append(", ");
            }
            links.append(link(pagina - 1, tamanho, "prev"));
        }
        if (!links.isEmpty()) {
            cabecalhos.set(HttpHeaders.LINK, links.toString());
        }
        return cabecalhos;
    }

    /** Relative to the request (path and query as received), so it holds nothing the caller did not send. */
    private static String link(int pagina, int tamanho, String rel) {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(PAGINA, pagina)
                .replaceQueryParam(TAMANHO, tamanho)
                .build();
        return "<" + uri.getPath() + "?" + uri.getQuery() + ">; rel=\"" + rel + "\"";
    }
}
