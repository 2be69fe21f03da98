package br.com.credito.concessao;

import br.com.credito.concessao.apoio.TesteDeIntegracao;
import br.com.credito.testsupport.DocumentacaoOpenApiIT;

@TesteDeIntegracao
class DocumentacaoApiIT extends DocumentacaoOpenApiIT {

    @Override
    protected String servico() {
        return "concessao-service";
    }
}
