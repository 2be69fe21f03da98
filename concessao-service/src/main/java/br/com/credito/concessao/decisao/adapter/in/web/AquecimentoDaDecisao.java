package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.common.aquecimento.ClienteSintetico;
import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
import br.com.credito.concessao.decisao.application.AnalisarSolicitacao;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.EntradasDaDecisao;
import br.com.credito.concessao.decisao.domain.Fonte;
import br.com.credito.concessao.decisao.domain.MotorDeRegrasIndisponivelException;
import br.com.credito.concessao.decisao.domain.OrigemDado;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warm-up (issue 14): whole decisions, {@value #PARALELAS} at once, for synthetic clients ({@link ClienteSintetico}):
 * the request's JSON, the admission line, the fan-out through the resilience decorators to every downstream's
 * authenticated business endpoint, the policy over HTTP, the decision's statements (rolled back) and the response's
 * JSON. The cold-start drill found that nothing else brings the first seconds down: 200 real decisions ten at a time
 * before the load took its p99 from ~3 s to 263-394 ms, while one-at-a-time exercises beside the use case did not.
 *
 * <p>Every decision is for a client not seen before, as the first seconds of traffic mostly are: score and histórico
 * then take their cache miss and their bureau adapter's resilience decorators each time, and concessão's lock never
 * makes two of them wait.
 *
 * <p>A round counts once every input came from its service ({@value #RODADAS} such rounds and the exercise is done):
 * while a downstream is still starting, its input is "unavailable", that round warmed only the fallback, and the
 * next starts after a short pause. The breakers only record meanwhile (GracaDosDisjuntores), so these calls never
 * open one.
 *
 * <p>Each decision also takes the two steps of the web layer that run outside the use case and were still cold on the
 * drill's first requests (class loading logged after readiness): the request's bean validation (Hibernate Validator
 * builds a type's constraint metadata on its first use), and the response's content negotiation, which asks every
 * registered converter whether it can write the type; the Jackson 2 YAML converter (on the classpath for the OpenAPI
 * documents) answers by building its own serializer for it, ~100 ms on the first request.
 */
@Component
public final class AquecimentoDaDecisao implements ExercicioDeAquecimento {

    public static final int PARALELAS = 10;
    public static final int RODADAS = 20;
    private static final long PAUSA_SE_INCOMPLETA_MS = 250;

    private static final String SOLICITACAO = """
            {"idCliente":"%s","tipoCartao":"GOLD"}
            """;

    private final AnalisarSolicitacao analisar;
    private final AdmissaoDeDecisoes admissao;
    private final JsonMapper json;
    private final Validator validador;
    private final RequestMappingHandlerAdapter mvc;
    private int rodadas;
    private int completas;

    AquecimentoDaDecisao(
            AnalisarSolicitacao analisar,
            AdmissaoDeDecisoes admissao,
            JsonMapper json,
            Validator validador,
            RequestMappingHandlerAdapter mvc) {
        this.analisar = analisar;
        this.admissao = admissao;
        this.json = json;
        this.validador = validador;
        this.mvc = mvc;
    }

    @Override
    public String nome() {
        return "decisao";
    }

    @Override
    public boolean concluido() {
        return completas >= RODADAS;
    }

    /** Rounds in which every input came from its service: the others warmed only the fallbacks. */
    @Override
    public String detalhe() {
        return "(" + completas + " rodadas completas de " + PARALELAS + ")";
    }

    /** One round; fails only when a decision failed for a reason other than a downstream still starting. */
    @Override
    public void executar() throws InterruptedException, ExecutionException {
        List<Future<Boolean>> decisoes = new ArrayList<>(PARALELAS);
        int primeiro = rodadas++ * PARALELAS;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 1; i <= PARALELAS; i++) {
                String idCliente = ClienteSintetico.id(primeiro + i);
                decisoes.add(threads.submit(() -> decidir(idCliente)));
            }
        }
        boolean todasCompletas = true;
        for (Future<Boolean> decisao : decisoes) {
            todasCompletas &= decisao.get();
        }
        if (todasCompletas) {
            completas++;
        } else {
            Thread.sleep(PAUSA_SE_INCOMPLETA_MS);
        }
    }

    private boolean decidir(String idCliente) {
        try {
            ConcessaoRequest pedido = json.readValue(SOLICITACAO.formatted(idCliente), ConcessaoRequest.class);
            if (!validador.validate(pedido).isEmpty()) {
                throw new IllegalStateException("pedido sintetico invalido");
            }
            Concessao concessao = admissao.admitir(() -> analisar.ensaiar(pedido.paraDominio()));
            negociarResposta();
            json.writeValueAsString(ConcessaoResponse.de(concessao));
            return completa(concessao.entradas());
        } catch (MotorDeRegrasIndisponivelException ainda) {
            return false; // motor-regras is still starting
        }
    }

    /** What Spring MVC asks each converter before it writes a response (the producible media types). */
    private void negociarResposta() {
        for (HttpMessageConverter<?> conversor : mvc.getMessageConverters()) {
            conversor.canWrite(ConcessaoResponse.class, null);
        }
    }

    private static boolean completa(EntradasDaDecisao entradas) {
        return doServico(entradas.score().fonte())
                && doServico(entradas.historico().fonte())
                && doServico(entradas.investimentos().fonte());
    }

    private static boolean doServico(Fonte fonte) {
        return fonte.origem() != OrigemDado.INDISPONIVEL && fonte.origem() != OrigemDado.FALLBACK;
    }
}
