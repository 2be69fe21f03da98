package br.com.credito.common.logging;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import java.util.Map;

/**
 * Scrubs every Sentry event before it leaves the service (issue 16, item 8): message, exception values, breadcrumbs,
 * tags and transaction name go through {@link MascaraPii}; the request keeps only its method and its URL's template
 * (no query, headers, cookies or body); no user. {@code send-default-pii: false} alone leaves ids in URLs and
 * messages.
 */
public final class SentrySemPii implements SentryOptions.BeforeSendCallback {

    @Override
    public SentryEvent execute(SentryEvent evento, Hint dica) {
        Message mensagem = evento.getMessage();
        if (mensagem != null) {
            mensagem.setMessage(MascaraPii.mascarar(mensagem.getMessage()));
            mensagem.setFormatted(MascaraPii.mascarar(mensagem.getFormatted()));
            mensagem.setParams(null);
        }
        if (evento.getExceptions() != null) {
            for (SentryException excecao : evento.getExceptions()) {
                excecao.setValue(MascaraPii.mascarar(excecao.getValue()));
            }
        }
        Request requisicao = evento.getRequest();
        if (requisicao != null) {
            requisicao.setUrl(MascaraPii.mascarar(requisicao.getUrl()));
            requisicao.setQueryString(null);
            requisicao.setData(null);
            requisicao.setCookies(null);
            requisicao.setHeaders(null);
            requisicao.setEnvs(null);
            requisicao.setOthers(null);
        }
        evento.setTransaction(MascaraPii.mascarar(evento.getTransaction()));
        evento.setUser(null);
        evento.setExtras(null);
        if (evento.getTags() != null) {
            evento.getTags().replaceAll((chave, valor) -> valor == null ? "" : MascaraPii.mascarar(valor));
        }
        if (evento.getBreadcrumbs() != null) {
            for (Breadcrumb migalha : evento.getBreadcrumbs()) {
                migalha.setMessage(MascaraPii.mascarar(migalha.getMessage()));
                Map<String, Object> dados = migalha.getData();
                if (dados != null) {
                    // Concurrent maps take no null: non-text values are dropped, texts masked.
                    dados.entrySet().removeIf(e -> !(e.getValue() instanceof String));
                    dados.replaceAll((chave, valor) -> MascaraPii.mascarar((String) valor));
                }
            }
        }
        return evento;
    }
}
