package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.concessao.decisao.domain.SolicitacaoRevisao;
import java.time.Instant;
import java.util.UUID;

record RevisaoResponse(String protocolo, UUID idConcessao, Instant solicitadaEm) {

    static RevisaoResponse de(SolicitacaoRevisao s) {
        return new RevisaoResponse(s.protocolo(), s.idConcessao(), s.solicitadaEm());
    }
}
