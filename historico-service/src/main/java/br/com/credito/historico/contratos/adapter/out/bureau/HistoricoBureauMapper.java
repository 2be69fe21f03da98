package br.com.credito.historico.contratos.adapter.out.bureau;

import br.com.credito.historico.contratos.domain.Contrato;
import br.com.credito.historico.contratos.domain.HistoricoDeCredito;

final class HistoricoBureauMapper {

    private HistoricoBureauMapper() {}

    /** A missing list or field is a broken answer, never "no contracts": that would read as a clean history. */
    static HistoricoDeCredito paraDominio(String idCliente, HistoricoBureauResponse resposta) {
        if (resposta.contratos() == null) {
            throw new IllegalArgumentException("resposta do bureau de historico sem lista de contratos");
        }
        return new HistoricoDeCredito(
                idCliente,
                resposta.contratos().stream()
                        .map(HistoricoBureauMapper::contrato)
                        .toList());
    }

    private static Contrato contrato(HistoricoBureauResponse.ContratoBureau c) {
        if (c.diasAtraso() == null || c.emInadimplencia() == null) {
            throw new IllegalArgumentException("contrato do bureau sem atraso ou situacao");
        }
        return Contrato.informado(
                c.numeroContrato(),
                c.modalidade(),
                c.valorContratado(),
                c.saldoDevedor(),
                c.diasAtraso(),
                c.emInadimplencia());
    }
}
