package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica.FaixaScore;
import br.com.credito.regras.avaliacao.domain.ParametrosPolitica.ParametrosCartao;
import br.com.credito.regras.avaliacao.domain.ParametrosPolitica.RiscoIndefinido;
import br.com.credito.regras.avaliacao.domain.ParametrosPolitica.TratamentoRiscoIndefinido;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Object Mother of policies: {@link #padrao()} is the document of migration V2 (version 1), {@link #porProduto()} that
 * of migration V4 (version 2), field for field.
 */
public final class PoliticasDeTeste {

    private PoliticasDeTeste() {}

    public static ParametrosPolitica padrao() {
        return comRiscoIndefinido(TratamentoRiscoIndefinido.EM_ANALISE, TratamentoRiscoIndefinido.EM_ANALISE);
    }

    public static Politica versao1() {
        return new Politica(1, padrao());
    }

    /** Version 2: version 1 with open debt weighed by product type (secured financing 0, unsecured 40 %). */
    public static ParametrosPolitica porProduto() {
        ParametrosPolitica p = padrao();
        return new ParametrosPolitica(
                p.scoreMinimo(),
                p.diasAtrasoMaximo(),
                p.faixasScore(),
                p.cartoes(),
                p.fatorReducaoDividas(),
                p.pesosGarantia(),
                p.passoArredondamento(),
                p.riscoIndefinido(),
                Map.of(
                        TipoProduto.EMPRESTIMO, new BigDecimal("0.40"),
                        TipoProduto.CARTAO_DE_CREDITO, new BigDecimal("0.40"),
                        TipoProduto.FINANCIAMENTO, BigDecimal.ZERO,
                        TipoProduto.FINANCIAMENTO_IMOBILIARIO, BigDecimal.ZERO,
                        TipoProduto.CONSORCIO, BigDecimal.ZERO));
    }

    public static Politica versao2() {
        return new Politica(2, porProduto());
    }

    public static ParametrosPolitica comRiscoIndefinido(
            TratamentoRiscoIndefinido score, TratamentoRiscoIndefinido historico) {
        return new ParametrosPolitica(
                400,
                90,
                faixasPadrao(),
                cartoesPadrao(),
                new BigDecimal("0.40"),
                pesosPadrao(),
                new BigDecimal("100"),
                new RiscoIndefinido(score, historico, new BigDecimal("1000")),
                null);
    }

    /** A stricter candidate: debts count in full and GOLD demands score 700. */
    public static ParametrosPolitica maisRestritiva() {
        ParametrosPolitica p = padrao();
        var cartoes = new EnumMap<>(p.cartoes());
        cartoes.put(TipoCartao.GOLD, new ParametrosCartao(700, new BigDecimal("1000"), new BigDecimal("20000")));
        return new ParametrosPolitica(
                p.scoreMinimo(),
                p.diasAtrasoMaximo(),
                p.faixasScore(),
                cartoes,
                BigDecimal.ONE,
                p.pesosGarantia(),
                p.passoArredondamento(),
                p.riscoIndefinido(),
                null);
    }

    public static List<FaixaScore> faixasPadrao() {
        return List.of(
                new FaixaScore(400, 549, "BAIXA", new BigDecimal("1500")),
                new FaixaScore(550, 649, "MEDIA", new BigDecimal("3000")),
                new FaixaScore(650, 799, "ALTA", new BigDecimal("4500")),
                new FaixaScore(800, 899, "MUITO_ALTA", new BigDecimal("8000")),
                new FaixaScore(900, 1000, "EXCELENTE", new BigDecimal("12000")));
    }

    private static Map<TipoCartao, ParametrosCartao> cartoesPadrao() {
        return Map.of(
                TipoCartao.GOLD, new ParametrosCartao(400, new BigDecimal("1000"), new BigDecimal("20000")),
                TipoCartao.PLATINUM, new ParametrosCartao(650, new BigDecimal("5000"), new BigDecimal("50000")),
                TipoCartao.BLACK, new ParametrosCartao(800, new BigDecimal("15000"), new BigDecimal("150000")));
    }

    private static Map<TipoInvestimento, BigDecimal> pesosPadrao() {
        return Map.of(
                TipoInvestimento.CDB, new BigDecimal("0.15"),
                TipoInvestimento.LCI, new BigDecimal("0.15"),
                TipoInvestimento.LCA, new BigDecimal("0.15"),
                TipoInvestimento.TESOURO_DIRETO, new BigDecimal("0.20"),
                TipoInvestimento.FUNDO, new BigDecimal("0.05"));
    }
}
