package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.common.aquecimento.ClienteSintetico;
import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
import br.com.credito.concessao.decisao.application.AnalisarSolicitacao;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.EntradasDaDecisao;
import br.com.credito.concessao.decisao.domain.Fonte;
import br.com.credito.concessao.decisao.domain.MotorDeRegrasIndisponivelException;
import br.com.credito.concessao.decisao.domain.OrigemDado;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warm-up (issue 14): whole decisions, {@value #PARALELAS} at once, for synthetic clients ({@link ClienteSintetico}):
 * the request's JSON, the admission line, the fan-out through the resilience decorators to every downstream's
 * authenticated business endpoint, the policy over HTTP, the decision's statements (rolled back) and the response's
 * JSON. The cold-start drill found that nothing else brings the first seconds down: 200 real decisions ten at a time
 * before the load took its p99 from ~3 s to 263-394 ms, while one-at-a-time exercises beside the use case did not.
 *
 * <p>A round counts once every input came from its service ({@value #RODADAS} such rounds and the exercise is done):
 * while a downstream is still starting, its input is "unavailable", that round warmed only the fallback, and the
 * next starts after a short pause. The breakers only record meanwhile (GracaDosDisjuntores), so these calls never
 * open one.
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
    private int completas;

    AquecimentoDaDecisao(AnalisarSolicitacao analisar, AdmissaoDeDecisoes admissao, JsonMapper json) {
        this.analisar = analisar;
        this.admissao = admissao;
        this.json = json;
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
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 1; i <= PARALELAS; i++) {
                String idCliente = ClienteSintetico.id(i);
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
            Concessao concessao = admissao.admitir(() -> analisar.ensaiar(pedido.paraDominio()));
            json.writeValueAsString(ConcessaoResponse.de(concessao));
            return completa(concessao.entradas());
        } catch (MotorDeRegrasIndisponivelException ainda) {
            return false; // motor-regras is still starting
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
