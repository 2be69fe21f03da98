package br.com.credito.concessao.recalculo.domain;

import br.com.credito.concessao.decisao.domain.CodigoDecisao;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.ResultadoPolitica;

/**
 * Every client who has asked for a card is re-analysed, whatever the last outcome (product decision, issue 17): an
 * investment may be exactly what a refused or pending request lacked. An automatic recalculation may only raise a
 * limit; a refused or pending card that the policy now approves is such a rise (from 0), so it makes the card
 * available. A lower limit, or a worse outcome for an approved card, is never
 * applied on its own: a bank must notify the customer before cutting a limit, so it goes to human review.
 */
public final class PoliticaDeRecalculo {

    public DesfechoRecalculo decidir(Concessao atual, ResultadoPolitica novo) {
        int comparacao = novo.limiteAprovado().compareTo(atual.limite());
        boolean aprovado = novo.codigoDecisao() == CodigoDecisao.APROVADO;
        if (aprovado && comparacao > 0) {
            return new DesfechoRecalculo.Elevar();
        }
        boolean piora = comparacao < 0 || (atual.codigoDecisao() == CodigoDecisao.APROVADO && !aprovado);
        return piora ? new DesfechoRecalculo.EncaminharParaRevisao() : new DesfechoRecalculo.Manter();
    }
}
