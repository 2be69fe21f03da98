package br.com.credito.regras.avaliacao.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tunable part of the credit policy: one immutable document per published version. Fields are nullable so that
 * an incomplete draft reaches {@link ValidadorDeParametros} and is answered field by field; a stored version has
 * always passed it.
 *
 * @param fatorReducaoPorProduto null where every open balance weighs alike ({@code fatorReducaoDividas}), as in
 *     version 1
 */
public record ParametrosPolitica(
        Integer scoreMinimo,
        Integer diasAtrasoMaximo,
        List<FaixaScore> faixasScore,
        Map<TipoCartao, ParametrosCartao> cartoes,
        BigDecimal fatorReducaoDividas,
        Map<TipoInvestimento, BigDecimal> pesosGarantia,
        BigDecimal passoArredondamento,
        RiscoIndefinido riscoIndefinido,
        Map<TipoProduto, BigDecimal> fatorReducaoPorProduto) {

    /** A score band, both ends inclusive, with the base limit it grants. */
    public record FaixaScore(Integer scoreDe, Integer scoreAte, String classificacao, BigDecimal limiteBase) {

        boolean contem(int score) {
            return score >= scoreDe && score <= scoreAte;
        }
    }

    /** What a card product demands and allows. */
    public record ParametrosCartao(Integer scoreMinimo, BigDecimal limiteMinimo, BigDecimal limiteMaximo) {}

    /** How the policy treats a missing score or history: send to an analyst, or grant a small fixed limit. */
    public record RiscoIndefinido(
            TratamentoRiscoIndefinido scoreIndisponivel,
            TratamentoRiscoIndefinido historicoIndisponivel,
            BigDecimal limiteConservador) {}

    public enum TratamentoRiscoIndefinido {
        EM_ANALISE,
        LIMITE_CONSERVADOR
    }

    public Optional<FaixaScore> faixaDo(int score) {
        for (FaixaScore faixa : faixasScore) {
            if (faixa.contem(score)) {
                return Optional.of(faixa);
            }
        }
        return Optional.empty();
    }

    public ParametrosCartao cartao(TipoCartao tipo) {
        return cartoes.get(tipo);
    }

    public BigDecimal pesoGarantia(TipoInvestimento tipo) {
        return pesosGarantia.getOrDefault(tipo, BigDecimal.ZERO);
    }

    /**
     * The share of an open balance of this product that comes off the limit: the product's own factor when the
     * version sets one (version 2 on: secured financing 0), otherwise {@code fatorReducaoDividas}.
     */
    public BigDecimal fatorReducao(TipoProduto tipo) {
        if (fatorReducaoPorProduto != null && fatorReducaoPorProduto.containsKey(tipo)) {
            return fatorReducaoPorProduto.get(tipo);
        }
        return fatorReducaoDividas;
    }

    /** Whether this request's missing data is treated with the conservative limit rather than an analyst. */
    public boolean limiteConservadorPara(SolicitacaoCredito solicitacao) {
        boolean score = solicitacao.scoreIndisponivel()
                && riscoIndefinido.scoreIndisponivel() == TratamentoRiscoIndefinido.LIMITE_CONSERVADOR;
        boolean historico = solicitacao.historicoIndisponivel()
                && riscoIndefinido.historicoIndisponivel() == TratamentoRiscoIndefinido.LIMITE_CONSERVADOR;
        return score || historico;
    }
}
