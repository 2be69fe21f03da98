package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica.FaixaScore;
import br.com.credito.regras.avaliacao.domain.ParametrosPolitica.ParametrosCartao;
import br.com.credito.regras.avaliacao.domain.ParametrosPolitica.TratamentoRiscoIndefinido;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The policy as the risk and business teams read it: one Portuguese sentence per rule, in evaluation order. */
public final class PoliticaEmPortugues {

    private PoliticaEmPortugues() {}

    public static List<String> descrever(ParametrosPolitica p) {
        List<String> linhas = new ArrayList<>();
        linhas.add("Reprova cliente com contrato inadimplente ou com mais de " + p.diasAtrasoMaximo()
                + " dias em atraso.");
        linhas.add("Reprova score abaixo de " + p.scoreMinimo() + ".");
        linhas.add("Score indisponível: " + tratamento(p.riscoIndefinido().scoreIndisponivel(), p) + ".");
        linhas.add("Histórico indisponível: " + tratamento(p.riscoIndefinido().historicoIndisponivel(), p) + ".");
        for (FaixaScore f : p.faixasScore()) {
            linhas.add("Score de " + f.scoreDe() + " a " + f.scoreAte() + " (" + f.classificacao()
                    + "): limite base de " + Dinheiro.formatar(f.limiteBase()) + ".");
        }
        linhas.add("Dívidas em aberto reduzem o limite em " + percentual(p.fatorReducaoDividas()) + " do saldo.");
        StringBuilder pesos = new StringBuilder("Investimentos somam ao limite como garantia parcial:");
        for (TipoInvestimento tipo : TipoInvestimento.values()) {
            pesos.append(' ')
                    .append(tipo)
                    .append(' ')
                    .append(percentual(p.pesoGarantia(tipo)))
                    .append(';');
        }
        linhas.add(pesos.substring(0, pesos.length() - 1) + ".");
        for (TipoCartao tipo : TipoCartao.values()) {
            ParametrosCartao c = p.cartao(tipo);
            linhas.add("Cartão " + tipo + ": score mínimo " + c.scoreMinimo() + ", limite de "
                    + Dinheiro.formatar(c.limiteMinimo()) + " a " + Dinheiro.formatar(c.limiteMaximo()) + ".");
        }
        linhas.add("O limite é arredondado para baixo em múltiplos de " + Dinheiro.formatar(p.passoArredondamento())
                + "; abaixo do mínimo do cartão, a solicitação é reprovada.");
        return List.copyOf(linhas);
    }

    private static String tratamento(TratamentoRiscoIndefinido tratamento, ParametrosPolitica p) {
        return tratamento == TratamentoRiscoIndefinido.EM_ANALISE
                ? "encaminha para análise manual (EM_ANALISE)"
                : "aprova no máximo o limite conservador de "
                        + Dinheiro.formatar(p.riscoIndefinido().limiteConservador());
    }

    private static String percentual(BigDecimal fracao) {
        return fracao.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
