package br.com.credito.concessao.recalculo.application;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.concessao.apoio.Avaliadores;
import br.com.credito.concessao.apoio.ConcessoesEmMemoria;
import br.com.credito.concessao.apoio.Mae;
import br.com.credito.concessao.apoio.SinalizadoresFixos;
import br.com.credito.concessao.decisao.domain.CodigoDecisao;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.ModoFallbackScore;
import br.com.credito.concessao.decisao.domain.OrigemRevisao;
import br.com.credito.concessao.decisao.domain.ResultadoPolitica;
import br.com.credito.concessao.decisao.domain.port.Sinalizadores;
import br.com.credito.concessao.recalculo.domain.InvestimentoRegistrado;
import br.com.credito.concessao.recalculo.domain.SituacaoEvento;
import br.com.credito.concessao.recalculo.domain.port.EventosProcessados;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

class RecalcularLimiteTest {

    private static final InvestimentoRegistrado EVENTO = new InvestimentoRegistrado(UUID.randomUUID(), "12345");

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ConcessoesEmMemoria banco = new ConcessoesEmMemoria();
    private final Map<UUID, SituacaoEvento> processados = new ConcurrentHashMap<>();
    private final EventosProcessados eventos = new EventosProcessados() {
        @Override
        public boolean jaProcessado(UUID idEvento) {
            return processados.containsKey(idEvento);
        }

        @Override
        public boolean registrar(UUID idEvento, SituacaoEvento situacao, UUID idConcessao) {
            return processados.putIfAbsent(idEvento, situacao) == null;
        }
    };
    private final AtomicInteger avaliacoes = new AtomicInteger();

    @AfterEach
    void encerrar() {
        executor.shutdownNow();
    }

    @Test
    void deveElevarOLimiteDeUmCartaoAprovadoERegistrarOEvento() {
        Concessao atual = cartao(Mae.aprovado("5000"));

        SituacaoEvento situacao =
                recalcular(Mae.aprovado("8000"), SinalizadoresFixos.padrao()).executar(EVENTO);

        assertThat(situacao).isEqualTo(SituacaoEvento.LIMITE_ELEVADO);
        assertThat(banco.ultimaAplicada("12345").orElseThrow().limite()).isEqualByComparingTo("8000");
        assertThat(banco.alteracoes).singleElement().satisfies(a -> {
            assertThat(a.limiteAnterior()).isEqualByComparingTo(atual.limite());
            assertThat(a.limiteNovo()).isEqualByComparingTo("8000");
            assertThat(a.idEvento()).isEqualTo(EVENTO.idEvento());
        });
        assertThat(processados).containsEntry(EVENTO.idEvento(), SituacaoEvento.LIMITE_ELEVADO);
    }

    @Test
    void deveIgnorarOMesmoEventoEntregueDeNovo() {
        cartao(Mae.aprovado("5000"));
        RecalcularLimite recalcular = recalcular(Mae.aprovado("8000"), SinalizadoresFixos.padrao());

        recalcular.executar(EVENTO);
        SituacaoEvento segunda = recalcular.executar(EVENTO);

        assertThat(segunda).isEqualTo(SituacaoEvento.JA_PROCESSADO);
        assertThat(avaliacoes).hasValue(1);
        assertThat(banco.alteracoes).hasSize(1);
    }

    @Test
    void naoDeveBaixarOLimiteSozinhoEDeveEncaminharParaRevisao() {
        cartao(Mae.aprovado("5000"));

        SituacaoEvento situacao =
                recalcular(Mae.aprovado("3000"), SinalizadoresFixos.padrao()).executar(EVENTO);

        assertThat(situacao).isEqualTo(SituacaoEvento.ENVIADO_PARA_REVISAO);
        assertThat(banco.ultimaAplicada("12345").orElseThrow().limite()).isEqualByComparingTo("5000");
        assertThat(banco.concessoes)
                .hasSize(2)
                .last()
                .satisfies(c -> assertThat(c.aplicada()).isFalse());
        assertThat(banco.revisoes)
                .singleElement()
                .satisfies(r -> assertThat(r.origem()).isEqualTo(OrigemRevisao.RECALCULO_REDUCAO));
        assertThat(banco.alteracoes).isEmpty();
    }

    @Test
    void naoDeveRecalcularClienteQueNuncaPediuCartao() {
        assertThat(recalcular(Mae.aprovado("8000"), SinalizadoresFixos.padrao()).executar(EVENTO))
                .isEqualTo(SituacaoEvento.SEM_CARTAO_ELEGIVEL);
        assertThat(avaliacoes).hasValue(0);
    }

    @Test
    void clienteReprovadoQueInvesteEPassaNaPoliticaDeveTerOCartaoAprovado() {
        cartao(Mae.resultado(CodigoDecisao.REPROVADO, "0"));

        SituacaoEvento situacao =
                recalcular(Mae.aprovado("5000"), SinalizadoresFixos.padrao()).executar(EVENTO);

        assertThat(situacao).isEqualTo(SituacaoEvento.LIMITE_ELEVADO);
        Concessao cartao = banco.ultimaAplicada("12345").orElseThrow();
        assertThat(cartao.codigoDecisao()).isEqualTo(CodigoDecisao.APROVADO);
        assertThat(cartao.limite()).isEqualByComparingTo("5000");
        assertThat(banco.alteracoes).singleElement().satisfies(a -> {
            assertThat(a.limiteAnterior()).isEqualByComparingTo("0");
            assertThat(a.limiteNovo()).isEqualByComparingTo("5000");
            assertThat(a.idEvento()).isEqualTo(EVENTO.idEvento());
            assertThat(a.versaoPolitica()).isEqualTo(cartao.resultado().versaoPolitica());
        });
    }

    @Test
    void clienteReprovadoQueContinuaReprovadoNaoMudaNada() {
        Concessao atual = cartao(Mae.resultado(CodigoDecisao.REPROVADO, "0"));

        SituacaoEvento situacao = recalcular(Mae.resultado(CodigoDecisao.REPROVADO, "0"), SinalizadoresFixos.padrao())
                .executar(EVENTO);

        assertThat(situacao).isEqualTo(SituacaoEvento.LIMITE_MANTIDO);
        assertThat(banco.ultimaAplicada("12345").orElseThrow().id()).isEqualTo(atual.id());
        assertThat(banco.alteracoes).isEmpty();
    }

    @Test
    void naoDeveRecalcularQuandoOFlagDesligaORecalculoAutomatico() {
        cartao(Mae.aprovado("5000"));
        Sinalizadores desligado = new SinalizadoresFixos(ModoFallbackScore.EM_ANALISE, false, false);

        assertThat(recalcular(Mae.aprovado("8000"), desligado).executar(EVENTO))
                .isEqualTo(SituacaoEvento.RECALCULO_DESLIGADO);
        assertThat(avaliacoes).hasValue(0);
        assertThat(processados).containsKey(EVENTO.idEvento());
    }

    private Concessao cartao(ResultadoPolitica resultado) {
        Concessao atual = Mae.concessao("12345", resultado);
        banco.salvar(atual);
        return atual;
    }

    private RecalcularLimite recalcular(ResultadoPolitica novo, Sinalizadores sinalizadores) {
        var avaliar = Avaliadores.comMotor(
                entradas -> {
                    avaliacoes.incrementAndGet();
                    return novo;
                },
                sinalizadores,
                executor);
        return new RecalcularLimite(
                avaliar,
                banco,
                banco,
                banco,
                eventos,
                sinalizadores,
                TransactionOperations.withoutTransaction(),
                Clock.fixed(Mae.AGORA, ZoneOffset.UTC));
    }
}
