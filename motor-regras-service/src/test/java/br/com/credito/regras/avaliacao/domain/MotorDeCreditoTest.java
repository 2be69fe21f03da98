package br.com.credito.regras.avaliacao.domain;

import static br.com.credito.regras.avaliacao.domain.ParametrosPolitica.TratamentoRiscoIndefinido.EM_ANALISE;
import static br.com.credito.regras.avaliacao.domain.ParametrosPolitica.TratamentoRiscoIndefinido.LIMITE_CONSERVADOR;
import static br.com.credito.regras.avaliacao.domain.SolicitacoesDeTeste.contrato;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MotorDeCreditoTest {

    private final MotorDeCredito motor = new MotorDeCredito();

    @Test
    void deveAprovarOExemploDoSeedComLimiteDeCincoMil() {
        Decisao decisao = motor.avaliar(SolicitacoesDeTeste.doSeed(), PoliticasDeTeste.versao1());

        assertThat(decisao.codigoDecisao()).isEqualTo(CodigoDecisao.APROVADO);
        assertThat(decisao.limiteAprovado()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(decisao.descricao()).isEqualTo("Limite aprovado de R$ 5.000 baseado em score e histórico");
        assertThat(decisao.motivos())
                .extracting(Motivo::codigo)
                .containsExactly("SCORE_FAIXA_ALTA", "DIVIDAS_EM_ABERTO", "GARANTIA_INVESTIMENTOS");
        assertThat(decisao.versaoPolitica()).isEqualTo(1);
    }

    @Test
    void deveReprovarListandoTodosOsMotivosDeRecusa() {
        var solicitacao = new SolicitacaoCredito(
                TipoCartao.GOLD, Optional.of(350), false, List.of(contrato("800", 120, true)), false, List.of());

        Decisao decisao = motor.avaliar(solicitacao, PoliticasDeTeste.versao1());

        assertThat(decisao.codigoDecisao()).isEqualTo(CodigoDecisao.REPROVADO);
        assertThat(decisao.limiteAprovado()).isEqualTo(new BigDecimal("0.00"));
        assertThat(decisao.motivos())
                .extracting(Motivo::codigo)
                .containsExactly("CLIENTE_INADIMPLENTE", "ATRASO_GRAVE", "SCORE_MUITO_BAIXO");
        assertThat(decisao.descricao()).isEqualTo("Crédito reprovado: Cliente com 1 contrato(s) inadimplente(s)");
    }

    @Test
    void deveReprovarQuandoOLimiteCalculadoNaoAlcancaOMinimoDoCartao() {
        Decisao decisao =
                motor.avaliar(SolicitacoesDeTeste.comCartao(TipoCartao.BLACK, 850), PoliticasDeTeste.versao1());

        assertThat(decisao.codigoDecisao()).isEqualTo(CodigoDecisao.REPROVADO);
        assertThat(decisao.motivos()).extracting(Motivo::codigo).containsExactly("LIMITE_ABAIXO_DO_MINIMO_DO_CARTAO");
    }

    @Test
    void deveEncaminharParaAnaliseQuandoScoreEHistoricoEstaoIndisponiveis() {
        Decisao decisao =
                motor.avaliar(SolicitacoesDeTeste.indisponivel(true, true, false), PoliticasDeTeste.versao1());

        assertThat(decisao.codigoDecisao()).isEqualTo(CodigoDecisao.EM_ANALISE);
        assertThat(decisao.descricao()).isEqualTo("Solicitação encaminhada para análise manual: risco indefinido");
        assertThat(decisao.limiteAprovado()).isEqualTo(new BigDecimal("0.00"));
        assertThat(decisao.motivos())
                .extracting(Motivo::codigo)
                .containsExactly("SCORE_INDISPONIVEL", "HISTORICO_INDISPONIVEL");
    }

    @Test
    void recusaJustificadaPelosDadosConhecidosDeveVencerORiscoIndefinido() {
        var solicitacao = SolicitacaoCredito.de(
                TipoCartao.GOLD, null, true, List.of(contrato("100", 0, true)), false, List.of(), false);

        Decisao decisao = motor.avaliar(solicitacao, PoliticasDeTeste.versao1());

        assertThat(decisao.codigoDecisao()).isEqualTo(CodigoDecisao.REPROVADO);
        assertThat(decisao.motivos()).extracting(Motivo::codigo).containsExactly("CLIENTE_INADIMPLENTE");
    }

    @Test
    void deveAprovarLimiteConservadorQuandoAPoliticaPermite() {
        var politica = new Politica(7, PoliticasDeTeste.comRiscoIndefinido(EM_ANALISE, LIMITE_CONSERVADOR));

        Decisao decisao = motor.avaliar(SolicitacoesDeTeste.indisponivel(false, true, false), politica);

        assertThat(decisao.codigoDecisao()).isEqualTo(CodigoDecisao.APROVADO);
        assertThat(decisao.limiteAprovado()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(decisao.descricao())
                .isEqualTo("Limite aprovado de R$ 1.000 com política conservadora por risco indefinido");
        assertThat(decisao.motivos()).extracting(Motivo::codigo).contains("LIMITE_CONSERVADOR", "LIMITE_NO_TETO");
        assertThat(decisao.versaoPolitica()).isEqualTo(7);
    }

    @Test
    void deveSerDeterministico() {
        var solicitacao = SolicitacoesDeTeste.doSeed();

        assertThat(motor.avaliar(solicitacao, PoliticasDeTeste.versao1()))
                .isEqualTo(motor.avaliar(solicitacao, PoliticasDeTeste.versao1()));
    }
}
