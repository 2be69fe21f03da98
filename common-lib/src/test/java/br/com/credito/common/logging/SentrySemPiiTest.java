package br.com.credito.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import io.sentry.protocol.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 16, item 8: a Sentry event carries no client id, wherever the id was. */
class SentrySemPiiTest {

    @Test
    void eventoSaiSemIdDeClienteNaMensagemExcecaoRequisicaoEMigalhas() {
        SentryEvent evento = new SentryEvent();
        Message mensagem = new Message();
        mensagem.setMessage("falha em /v1/cartao/limites/12345/historico para idCliente=12345");
        mensagem.setFormatted("falha em /v1/cartao/limites/12345/historico para idCliente=12345");
        evento.setMessage(mensagem);
        SentryException excecao = new SentryException();
        excecao.setValue("cliente 12345 cpf 123.456.789-09: GET /v1/score/12345");
        evento.setExceptions(List.of(excecao));
        Request requisicao = new Request();
        requisicao.setUrl("http://concessao:8081/v1/cartao/status/12345");
        requisicao.setQueryString("idCliente=12345");
        requisicao.setHeaders(Map.of("Authorization", "Bearer segredo"));
        evento.setRequest(requisicao);
        evento.setTransaction("GET /v1/cartao/status/12345");
        User usuario = new User();
        usuario.setId("12345");
        evento.setUser(usuario);
        Breadcrumb migalha = new Breadcrumb("GET /v1/score/12345");
        migalha.setData("url", "http://score:8084/v1/score/12345?x=1");
        evento.addBreadcrumb(migalha);

        SentryEvent limpo = new SentrySemPii().execute(evento, new Hint());

        assertThat(limpo.getMessage().getFormatted()).doesNotContain("12345");
        assertThat(limpo.getMessage().getMessage()).doesNotContain("12345");
        assertThat(limpo.getExceptions().get(0).getValue())
                .doesNotContain("123.456")
                .contains("/v1/score/{idCliente}");
        assertThat(limpo.getRequest().getUrl()).isEqualTo("http://concessao:8081/v1/cartao/status/{idCliente}");
        assertThat(limpo.getRequest().getQueryString()).isNull();
        assertThat(limpo.getRequest().getHeaders()).isNull();
        assertThat(limpo.getTransaction()).doesNotContain("12345");
        assertThat(limpo.getUser()).isNull();
        assertThat(limpo.getBreadcrumbs().get(0).getMessage()).doesNotContain("12345");
        assertThat(limpo.getBreadcrumbs().get(0).getData("url").toString()).doesNotContain("12345");
    }
}
