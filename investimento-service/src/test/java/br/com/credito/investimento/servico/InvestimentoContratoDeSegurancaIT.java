package br.com.credito.investimento.servico;

import br.com.credito.testsupport.ContratoDeSegurancaIT;

@TesteDeServico
class InvestimentoContratoDeSegurancaIT extends ContratoDeSegurancaIT {

    @Override
    protected RequisicaoProtegida leituraProtegida() {
        return new RequisicaoProtegida("GET", "/v1/investimentos/posicao?idCliente=12345", null, "investimento:ler");
    }

    @Override
    protected RequisicaoProtegida requisicaoProtegida() {
        return new RequisicaoProtegida(
                "POST", "/v1/investimentos", ApiDeTeste.corpo("seguranca-1", "CDB", "100.00"), "investimento:escrever");
    }
}
