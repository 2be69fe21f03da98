package br.com.credito.regras.avaliacao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica.FaixaScore;
import br.com.credito.regras.avaliacao.domain.ParametrosPolitica.ParametrosCartao;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidadorDeParametrosTest {

    private final ValidadorDeParametros validador = new ValidadorDeParametros();

    @Test
    void politicaPadraoDeveSerCoerente() {
        assertThat(validador.validar(PoliticasDeTeste.padrao())).isEmpty();
    }

    @Test
    void deveRecusarFaixasSobrepostas() {
        var faixas = new ArrayList<>(PoliticasDeTeste.faixasPadrao());
        faixas.set(1, new FaixaScore(500, 649, "MEDIA", new BigDecimal("3000")));

        assertThat(validador.validar(comFaixas(faixas)))
                .containsExactly(new ErroValidacao(
                        "parametros.faixasScore[1].scoreDe",
                        "deve ser 550: faixas em ordem crescente, sem sobreposição nem lacuna"));
    }

    @Test
    void deveRecusarFaixasForaDeOrdemELimiteDecrescente() {
        var faixas = new ArrayList<>(PoliticasDeTeste.faixasPadrao());
        faixas.set(1, new FaixaScore(550, 649, "MEDIA", new BigDecimal("1000")));
        faixas.set(2, new FaixaScore(550, 540, "ALTA", new BigDecimal("4500")));

        assertThat(validador.validar(comFaixas(faixas)))
                .extracting(ErroValidacao::campo)
                .containsExactly("parametros.faixasScore[1].limiteBase", "parametros.faixasScore[2].scoreAte");
    }

    @Test
    void deveRecusarFaixasQueNaoCobremAteMil() {
        var faixas = new ArrayList<>(PoliticasDeTeste.faixasPadrao());
        faixas.removeLast();

        assertThat(validador.validar(comFaixas(faixas)))
                .containsExactly(new ErroValidacao(
                        "parametros.faixasScore[3].scoreAte", "a última faixa deve terminar em 1000"));
    }

    @Test
    void deveRecusarPesoNegativoOuMaiorQueUm() {
        var p = PoliticasDeTeste.padrao();
        var pesos = new EnumMap<>(p.pesosGarantia());
        pesos.put(TipoInvestimento.CDB, new BigDecimal("-0.10"));
        pesos.put(TipoInvestimento.FUNDO, new BigDecimal("1.5"));
        var invalida = new ParametrosPolitica(
                p.scoreMinimo(),
                p.diasAtrasoMaximo(),
                p.faixasScore(),
                p.cartoes(),
                p.fatorReducaoDividas(),
                pesos,
                p.passoArredondamento(),
                p.riscoIndefinido(),
                null);

        assertThat(validador.validar(invalida))
                .containsExactly(
                        new ErroValidacao("parametros.pesosGarantia.CDB", "não pode ser negativo"),
                        new ErroValidacao("parametros.pesosGarantia.FUNDO", "deve estar entre 0 e 1"));
    }

    @Test
    void deveRecusarTetoAbaixoDoMinimoECartaoFaltando() {
        var p = PoliticasDeTeste.padrao();
        Map<TipoCartao, ParametrosCartao> cartoes = new EnumMap<>(p.cartoes());
        cartoes.put(TipoCartao.GOLD, new ParametrosCartao(400, new BigDecimal("5000"), new BigDecimal("4000")));
        cartoes.remove(TipoCartao.BLACK);
        var invalida = new ParametrosPolitica(
                p.scoreMinimo(),
                p.diasAtrasoMaximo(),
                p.faixasScore(),
                cartoes,
                p.fatorReducaoDividas(),
                p.pesosGarantia(),
                new BigDecimal("0.5"),
                p.riscoIndefinido(),
                null);

        assertThat(validador.validar(invalida))
                .containsExactly(
                        new ErroValidacao(
                                "parametros.cartoes.GOLD.limiteMaximo", "deve ser maior ou igual a limiteMinimo"),
                        new ErroValidacao("parametros.cartoes.BLACK", "é obrigatório"),
                        new ErroValidacao(
                                "parametros.passoArredondamento", "deve ser um número inteiro de reais, no mínimo 1"));
    }

    @Test
    void deveApontarCadaCampoAusente() {
        var vazia = new ParametrosPolitica(null, null, null, null, null, null, null, null, null);

        assertThat(validador.validar(vazia))
                .extracting(ErroValidacao::campo)
                .containsExactly(
                        "parametros.scoreMinimo",
                        "parametros.diasAtrasoMaximo",
                        "parametros.faixasScore",
                        "parametros.cartoes",
                        "parametros.fatorReducaoDividas",
                        "parametros.pesosGarantia",
                        "parametros.passoArredondamento",
                        "parametros.riscoIndefinido");
        assertThat(validador.validar(null)).containsExactly(new ErroValidacao("parametros", "é obrigatório"));
    }

    private static ParametrosPolitica comFaixas(List<FaixaScore> faixas) {
        var p = PoliticasDeTeste.padrao();
        return new ParametrosPolitica(
                p.scoreMinimo(),
                p.diasAtrasoMaximo(),
                faixas,
                p.cartoes(),
                p.fatorReducaoDividas(),
                p.pesosGarantia(),
                p.passoArredondamento(),
                p.riscoIndefinido(),
                null);
    }
}
