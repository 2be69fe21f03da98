package br.com.credito.historico;

import br.com.credito.common.security.Escopos;
import br.com.credito.testsupport.ContratoDeSegurancaIT;

@TesteDeServico
class HistoricoContratoDeSegurancaIT extends ContratoDeSegurancaIT {

    @Override
    protected RequisicaoProtegida requisicaoProtegida() {
        return new RequisicaoProtegida("GET", "/v1/historico/contratos/12345", null, Escopos.HISTORICO_LER);
    }
}
