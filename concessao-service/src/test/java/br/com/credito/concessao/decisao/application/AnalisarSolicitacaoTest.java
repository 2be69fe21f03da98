package br.com.credito.concessao.decisao.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.credito.concessao.apoio.Avaliadores;
import br.com.credito.concessao.apoio.ConcessoesEmMemoria;
import br.com.credito.concessao.apoio.Mae;
import br.com.credito.concessao.apoio.SinalizadoresFixos;
import br.com.credito.concessao.decisao.domain.ChaveIdempotencia;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.ConflitoDeIdempotenciaException;
import br.com.credito.concessao.decisao.domain.MotorDeRegrasIndisponivelException;
import br.com.credito.concessao.decisao.domain.SolicitacaoConcessao;
import br.com.credito.concessao.decisao.domain.TipoCartao;
import br.com.credito.concessao.decisao.domain.port.MotorDeRegras;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

class AnalisarSolicitacaoTest {

    private static final SolicitacaoConcessao GOLD = new SolicitacaoConcessao("12345", TipoCartao.GOLD);

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ConcessoesEmMemoria banco = new ConcessoesEmMemoria();
    private final AtomicInteger avaliacoes = new AtomicInteger();
    private MotorDeRegras motor = entradas -> {
        avaliacoes.incrementAndGet();
        return Mae.aprovado("5000");
    };

    @AfterEach
    void encerrar() {
        executor.shutdownNow();
    }

    private final List<Concessao> decisoesRegistradas = new ArrayList<>();

    @Test
    void deveGravarADecisaoEAAlteracaoDeLimite() {
        Concessao concessao = analisar(banco).executar(GOLD, null);
        assertThat(decisoesRegistradas).containsExactly(concessao);

        assertThat(banco.concessoes).containsExactly(concessao);
        assertThat(banco.alteracoes).singleElement().satisfies(a -> {
            assertThat(a.limiteNovo()).isEqualByComparingTo("5000");
            assertThat(a.idConcessao()).isEqualTo(concessao.id());
        });
    }

    @Test
    void deveDevolverADecisaoOriginalParaAMesmaChaveEOMesmoCorpoSemGravarNada() {
        AnalisarSolicitacao analisar = analisar(banco);
        Concessao primeira = analisar.executar(GOLD, "chave-1");
        analisar.executar(GOLD, "chave-1");
        assertThat(decisoesRegistradas).as("a replay is not a new decision").containsExactly(primeira);

        Concessao repetida = analisar.executar(GOLD, "chave-1");

        assertThat(repetida).isEqualTo(primeira);
        assertThat(banco.concessoes).hasSize(1);
        assertThat(avaliacoes).hasValue(1);
    }

    @Test
    void aMesmaChaveDeOutroChamadorEOutraSolicitacao() {
        var banco = new ConcessoesEmMemoria();
        var analisar = analisar(banco);
        Concessao doCanalA = analisar.executar(GOLD, "canal-a", "chave-1");

        Concessao doCanalB =
                analisar.executar(new SolicitacaoConcessao("12345", TipoCartao.BLACK), "canal-b", "chave-1");

        assertThat(doCanalB.id()).isNotEqualTo(doCanalA.id());
        assertThat(analisar.executar(GOLD, "canal-a", "chave-1").id()).isEqualTo(doCanalA.id());
    }

    @Test
    void deveRecusarAMesmaChaveComOutroCorpo() {
        AnalisarSolicitacao analisar = analisar(banco);
        analisar.executar(GOLD, "chave-1");

        assertThatThrownBy(() -> analisar.executar(new SolicitacaoConcessao("12345", TipoCartao.BLACK), "chave-1"))
                .isInstanceOf(ConflitoDeIdempotenciaException.class);
        assertThat(banco.concessoes).hasSize(1);
    }

    @Test
    void deveResponderADecisaoDaRequisicaoQueReservouAChavePrimeiro() {
        Concessao vencedora = Mae.concessao("12345", Mae.aprovado("5000"));
        // The concurrent request commits its key between our lookup and our reservation.
        var corrida = new ConcessoesEmMemoria() {
            private boolean primeiraBusca = true;

            @Override
            public Optional<ChaveIdempotencia> buscar(String dono, String chave) {
                if (primeiraBusca) {
                    primeiraBusca = false;
                    salvar(vencedora);
                    reservar(new ChaveIdempotencia(dono, chave, GOLD.hash(), vencedora.id()));
                    return Optional.empty();
                }
                return super.buscar(dono, chave);
            }
        };

        Concessao resposta = analisar(corrida).executar(GOLD, "chave-1");

        assertThat(resposta).isEqualTo(vencedora);
        assertThat(corrida.concessoes).containsExactly(vencedora);
        assertThat(corrida.alteracoes).isEmpty();
    }

    @Test
    void naoDeveGravarNadaQuandoOMotorDeRegrasEstaIndisponivel() {
        motor = entradas -> {
            throw new MotorDeRegrasIndisponivelException(new IllegalStateException());
        };

        assertThatThrownBy(() -> analisar(banco).executar(GOLD, "chave-1"))
                .isInstanceOf(MotorDeRegrasIndisponivelException.class);
        assertThat(banco.concessoes).isEmpty();
        assertThat(banco.chaves).isEmpty();
    }

    private AnalisarSolicitacao analisar(ConcessoesEmMemoria repositorio) {
        return new AnalisarSolicitacao(
                Avaliadores.comMotor(motor, SinalizadoresFixos.padrao(), executor),
                repositorio,
                repositorio,
                repositorio,
                TransactionOperations.withoutTransaction(),
                Clock.fixed(Mae.AGORA, ZoneOffset.UTC),
                decisoesRegistradas::add);
    }
}
