package br.com.credito.investimento.investimento.adapter.in.web;

record InvestimentoRegistradoResponse(String mensagem, long idInvestimento) {

    static InvestimentoRegistradoResponse de(long idInvestimento) {
        return new InvestimentoRegistradoResponse("Investimento registrado com sucesso", idInvestimento);
    }
}
