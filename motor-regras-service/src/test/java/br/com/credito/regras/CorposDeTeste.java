package br.com.credito.regras;

/** Request bodies exactly as callers send them. */
public final class CorposDeTeste {

    /** The seed document's request: no tipoCartao and no flags. */
    public static final String SEED = """
            {"idCliente":"12345",
             "listaContratos":[{"idContrato":"CT-1001","saldoAberto":2500}],
             "listaInvestimentos":[{"tipoInvestimento":"CDB","valor":10000}],
             "score":750}""";

    private CorposDeTeste() {}

    public static String avaliacao(String idCliente, int score, String contratos) {
        return """
                {"idCliente":"%s","tipoCartao":"GOLD","score":%d,"listaContratos":[%s],
                 "listaInvestimentos":[{"tipoInvestimento":"CDB","valor":10000}]}""".formatted(idCliente, score, contratos);
    }
}
