package br.com.credito.investimento.investimento.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.credito.investimento.investimento.domain.ChaveIdempotencia;
import br.com.credito.investimento.investimento.domain.ChaveIdempotenciaReutilizadaException;
import br.com.credito.investimento.investimento.domain.LimitesDeAnomalia;
import br.com.credito.investimento.investimento.domain.NovoInvestimento;
import br.com.credito.investimento.investimento.domain.TipoInvestimento;
import br.com.credito.investimento.investimento.fakes.ChavesEmMemoria;
import br.com.credito.investimento.investimento.fakes.EventosEmMemoria;
import br.com.credito.investimento.investimento.fakes.InvestimentosEmMemoria;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrarInvestimentoTest {

    private static final Instant AGORA = Instant.parse("2026-11-29T10:00:00Z");

    private final InvestimentosEmMemoria investimentos = new InvestimentosEmMemoria();
    private final EventosEmMemoria eventos = new EventosEmMemoria();
    private final List<Long> retidos = new ArrayList<>();
    private final RegistrarInvestimento registrar = new RegistrarInvestimento(
            investimentos,
            new ChavesEmMemoria(),
            eventos,
            new RegistrarInvestimento.Vigilancia(
                    new LimitesDeAnomalia(3, new BigDecimal("50000"), Duration.ofHours(24)),
                    (investimento, motivo, quando) -> retidos.add(investimento.idInvestimento())),
            Clock.fixed(AGORA, ZoneOffset.UTC));

    private static NovoInvestimento cdb(String valor) {
        return new NovoInvestimento("12345", TipoInvestimento.CDB, new BigDecimal(valor));
    }

    private static Optional<ChaveIdempotencia> chave(String valor) {
        return Optional.of(new ChaveIdempotencia("canal-app", valor));
    }

    @Test
    void deveRegistrarEAnunciarOInvestimento() {
        ResultadoRegistro resultado = registrar.executar(cdb("1000.50"), Optional.empty());

        assertThat(resultado.repeticao()).isFalse();
        assertThat(eventos.criados()).singleElement().satisfies(i -> {
            assertThat(i.idInvestimento()).isEqualTo(resultado.idInvestimento());
            assertThat(i.valor()).isEqualByComparingTo("1000.50");
            assertThat(i.dataCriacao()).isEqualTo(AGORA);
        });
    }

    /** Issue 16, item 5: beyond the per-client bounds the investment stands but raises no limit by itself. */
    @Test
    void alemDaQuantidadeOuDoValorNoPeriodoOInvestimentoFicaRetidoSemEvento() {
        for (int i = 0; i < 3; i++) {
            registrar.executar(cdb("10"), Optional.empty());
        }
        ResultadoRegistro quarto = registrar.executar(cdb("10"), Optional.empty());

        assertThat(investimentos.total()).isEqualTo(4);
        assertThat(eventos.criados()).hasSize(3);
        assertThat(retidos).containsExactly(quarto.idInvestimento());
    }

    @Test
    void valorAcimaDoTetoDoPeriodoTambemRetem() {
        ResultadoRegistro grande = registrar.executar(cdb("50000.01"), Optional.empty());

        assertThat(eventos.criados()).isEmpty();
        assertThat(retidos).containsExactly(grande.idInvestimento());
    }

    @Test
    void semChaveCadaPedidoCriaUmInvestimento() {
        registrar.executar(cdb("10"), Optional.empty());
        registrar.executar(cdb("10"), Optional.empty());

        assertThat(investimentos.total()).isEqualTo(2);
        assertThat(eventos.criados()).hasSize(2);
    }

    @Test
    void mesmaChaveEMesmoPedidoDevolveOPrimeiroResultadoSemCriarNada() {
        ResultadoRegistro primeiro = registrar.executar(cdb("10"), chave("k-1"));
        ResultadoRegistro repetido = registrar.executar(cdb("10.00"), chave("k-1"));

        assertThat(repetido.idInvestimento()).isEqualTo(primeiro.idInvestimento());
        assertThat(repetido.repeticao()).isTrue();
        assertThat(investimentos.total()).isEqualTo(1);
        assertThat(eventos.criados()).hasSize(1);
    }

    @Test
    void mesmaChaveComOutroPedidoEConflito() {
        registrar.executar(cdb("10"), chave("k-2"));

        assertThatThrownBy(() -> registrar.executar(cdb("11"), chave("k-2")))
                .isInstanceOf(ChaveIdempotenciaReutilizadaException.class);
        assertThat(investimentos.total()).isEqualTo(1);
        assertThat(eventos.criados()).hasSize(1);
    }

    @Test
    void aMesmaChaveDeOutroDonoEOutraChave() {
        registrar.executar(cdb("10"), chave("k-3"));
        registrar.executar(cdb("10"), Optional.of(new ChaveIdempotencia("outro-canal", "k-3")));

        assertThat(investimentos.total()).isEqualTo(2);
    }
}
