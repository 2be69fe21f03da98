package br.com.credito.investimento.servico;

import br.com.credito.testsupport.ContratoDeSegurancaIT;

@TesteDeServico
class InvestimentoContratoDeSegurancaIT extends ContratoDeSegurancaIT {

    @Override
    protected RequisicaoProtegida requisicaoProtegida() {
        return new RequisicaoProtegida(
                "POST", "/v1/investimentos", ApiDeTeste.corpo("seguranca-1", "CDB", "100.00"), "investimento:escrever");
    }
}
