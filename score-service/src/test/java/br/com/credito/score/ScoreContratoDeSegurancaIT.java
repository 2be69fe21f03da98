package br.com.credito.score;

import br.com.credito.common.security.Escopos;
import br.com.credito.testsupport.ContratoDeSegurancaIT;

@TesteDeServico
class ScoreContratoDeSegurancaIT extends ContratoDeSegurancaIT {

    @Override
    protected RequisicaoProtegida requisicaoProtegida() {
        return new RequisicaoProtegida("GET", "/v1/score/12345", null, Escopos.SCORE_LER);
    }
}
