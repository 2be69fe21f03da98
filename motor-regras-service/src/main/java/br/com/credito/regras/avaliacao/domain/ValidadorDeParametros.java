package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica.FaixaScore;
import br.com.credito.regras.avaliacao.domain.ParametrosPolitica.ParametrosCartao;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses an incoherent policy before it can be stored: every score from the minimum up must fall in exactly one
 * band, bands ascend with non-decreasing limits, every card and investment type is parameterised, caps are not below
 * minimums, weights and the debt factor are fractions, and the rounding step is a whole number of reais.
 */
public final class ValidadorDeParametros {

    public static final int SCORE_MAXIMO = 1000;
    private static final int MAXIMO_FAIXAS = 20;
    private static final Pattern CLASSIFICACAO = Pattern.compile("[A-Z][A-Z_]{0,29}");

    public List<ErroValidacao> validar(ParametrosPolitica p) {
        ErrosDeValidacao erros = new ErrosDeValidacao();
        if (p == null) {
            return List.of(new ErroValidacao("parametros", "é obrigatório"));
        }
        boolean scoreOk = erros.entre("scoreMinimo", p.scoreMinimo(), 0, SCORE_MAXIMO);
        erros.entre("diasAtrasoMaximo", p.diasAtrasoMaximo(), 0, 3650);
        validarFaixas(p.faixasScore(), scoreOk ? p.scoreMinimo() : 0, erros);
        validarCartoes(p, scoreOk ? p.scoreMinimo() : 0, erros);
        erros.fracao("fatorReducaoDividas", p.fatorReducaoDividas());
        validarPesos(p, erros);
        validarFatoresPorProduto(p, erros);
        if (erros.naoNegativo("passoArredondamento", p.passoArredondamento())
                && (p.passoArredondamento().compareTo(BigDecimal.ONE) < 0
                        || p.passoArredondamento().stripTrailingZeros().scale() > 0)) {
            erros.adicionar("passoArredondamento", "deve ser um número inteiro de reais, no mínimo 1");
        }
        validarRiscoIndefinido(p, erros);
        return erros.lista();
    }

    private void validarFaixas(List<FaixaScore> faixas, int scoreMinimo, ErrosDeValidacao erros) {
        if (faixas == null || faixas.isEmpty() || faixas.size() > MAXIMO_FAIXAS) {
            erros.adicionar("faixasScore", "deve ter de 1 a " + MAXIMO_FAIXAS + " faixas");
            return;
        }
        Set<String> classificacoes = new HashSet<>();
        FaixaScore anterior = null;
        for (int i = 0; i < faixas.size(); i++) {
            String campo = "faixasScore[" + i + "]";
            FaixaScore faixa = faixas.get(i);
            if (!erros.presente(campo, faixa) || !validarFaixa(campo, faixa, classificacoes, erros)) {
                return;
            }
            if (anterior == null && faixa.scoreDe() > scoreMinimo) {
                erros.adicionar(campo + ".scoreDe", "a primeira faixa deve começar em scoreMinimo ou abaixo");
            }
            if (anterior != null) {
                compararComAnterior(campo, faixa, anterior, erros);
            }
            anterior = faixa;
        }
        if (anterior.scoreAte() != SCORE_MAXIMO) {
            erros.adicionar(
                    "faixasScore[" + (faixas.size() - 1) + "].scoreAte", "a última faixa deve terminar em 1000");
        }
    }

    private boolean validarFaixa(String campo, FaixaScore faixa, Set<String> classificacoes, ErrosDeValidacao erros) {
        boolean de = erros.entre(campo + ".scoreDe", faixa.scoreDe(), 0, SCORE_MAXIMO);
        boolean ate = erros.entre(campo + ".scoreAte", faixa.scoreAte(), 0, SCORE_MAXIMO);
        boolean limite = erros.naoNegativo(campo + ".limiteBase", faixa.limiteBase());
        if (de && ate && faixa.scoreAte() < faixa.scoreDe()) {
            erros.adicionar(campo + ".scoreAte", "deve ser maior ou igual a scoreDe");
            de = false;
        }
        String classificacao = faixa.classificacao();
        if (classificacao == null || !CLASSIFICACAO.matcher(classificacao).matches()) {
            erros.adicionar(campo + ".classificacao", "deve ter de 1 a 30 letras maiúsculas ou _");
        } else if (!classificacoes.add(classificacao)) {
            erros.adicionar(campo + ".classificacao", "repetida em outra faixa");
        }
        return de && ate && limite;
    }

    private void compararComAnterior(String campo, FaixaScore faixa, FaixaScore anterior, ErrosDeValidacao erros) {
        if (faixa.scoreDe() != anterior.scoreAte() + 1) {
            erros.adicionar(
                    campo + ".scoreDe",
                    "deve ser " + (anterior.scoreAte() + 1)
                            + ": faixas em ordem crescente, sem sobreposição nem lacuna");
        }
        if (faixa.limiteBase().compareTo(anterior.limiteBase()) < 0) {
            erros.adicionar(campo + ".limiteBase", "não pode ser menor que o da faixa anterior");
        }
    }

    private void validarCartoes(ParametrosPolitica p, int scoreMinimo, ErrosDeValidacao erros) {
        if (!erros.presente("cartoes", p.cartoes())) {
            return;
        }
        for (TipoCartao tipo : TipoCartao.values()) {
            String campo = "cartoes." + tipo;
            ParametrosCartao cartao = p.cartoes().get(tipo);
            if (!erros.presente(campo, cartao)) {
                continue;
            }
            erros.entre(campo + ".scoreMinimo", cartao.scoreMinimo(), scoreMinimo, SCORE_MAXIMO);
            boolean minimo = erros.naoNegativo(campo + ".limiteMinimo", cartao.limiteMinimo());
            boolean maximo = erros.naoNegativo(campo + ".limiteMaximo", cartao.limiteMaximo());
            if (minimo && maximo && cartao.limiteMaximo().compareTo(cartao.limiteMinimo()) < 0) {
                erros.adicionar(campo + ".limiteMaximo", "deve ser maior ou igual a limiteMinimo");
            }
        }
    }

    private void validarPesos(ParametrosPolitica p, ErrosDeValidacao erros) {
        if (erros.presente("pesosGarantia", p.pesosGarantia())) {
            for (TipoInvestimento tipo : TipoInvestimento.values()) {
                erros.fracao("pesosGarantia." + tipo, p.pesosGarantia().get(tipo));
            }
        }
    }

    /** Optional (version 1 has none); when present, every factor it lists is a fraction. */
    private void validarFatoresPorProduto(ParametrosPolitica p, ErrosDeValidacao erros) {
        if (p.fatorReducaoPorProduto() != null) {
            p.fatorReducaoPorProduto().forEach((tipo, fator) -> erros.fracao("fatorReducaoPorProduto." + tipo, fator));
        }
    }

    private void validarRiscoIndefinido(ParametrosPolitica p, ErrosDeValidacao erros) {
        var risco = p.riscoIndefinido();
        if (erros.presente("riscoIndefinido", risco)) {
            erros.presente("riscoIndefinido.scoreIndisponivel", risco.scoreIndisponivel());
            erros.presente("riscoIndefinido.historicoIndisponivel", risco.historicoIndisponivel());
            erros.naoNegativo("riscoIndefinido.limiteConservador", risco.limiteConservador());
        }
    }
}
