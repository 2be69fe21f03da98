package br.com.credito.regras;

/** Request bodies exactly as callers send them. */
public final class CorposDeTeste {

    /** The seed document's request: no tipoCartao and no flags. */
    public static final String SEED = """
            {"idCliente":"12345",
             "listaContratos":[{"idContrato":"CT-1001","saldoAberto":2500}],
             "listaInvestimentos":[{"tipoInvestimento":"CDB","valor":10000}],
             "score":750}""";

    /** The bureau simulator's 12345 (history with product types) after investing the seed's CDB of R$ 10.000. */
    public static final String CLIENTE_12345 = """
            {"idCliente":"12345","tipoCartao":"GOLD","score":750,
             "listaContratos":[
               {"idContrato":"CT-1001","saldoAberto":2500,"tipoProduto":"Emprestimo"},
               {"idContrato":"CT-1002","saldoAberto":15000,"tipoProduto":"Financiamento"}],
             "listaInvestimentos":[{"tipoInvestimento":"CDB","valor":10000}]}""";

    /** The bureau simulator's 44444: score 950, a R$ 350.000 mortgage and R$ 40.000 of consortium, no investments. */
    public static final String CLIENTE_44444 = """
            {"idCliente":"44444","tipoCartao":"GOLD","score":950,
             "listaContratos":[
               {"idContrato":"CT-4441","saldoAberto":350000,"tipoProduto":"Financiamento Imobiliário"},
               {"idContrato":"CT-4442","saldoAberto":40000,"tipoProduto":"Consorcio"}],
             "listaInvestimentos":[]}""";

    private CorposDeTeste() {}

    public static String avaliacao(String idCliente, int score, String contratos) {
        return """
                {"idCliente":"%s","tipoCartao":"GOLD","score":%d,"listaContratos":[%s],
                 "listaInvestimentos":[{"tipoInvestimento":"CDB","valor":10000}]}""".formatted(idCliente, score, contratos);
    }
}
