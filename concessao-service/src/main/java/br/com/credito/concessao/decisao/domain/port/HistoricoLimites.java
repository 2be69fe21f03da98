package br.com.credito.concessao.decisao.domain.port;

import br.com.credito.concessao.decisao.domain.AlteracaoLimite;
import java.util.List;

/** Port: the limit history of each client. */
public interface HistoricoLimites {

    void registrar(AlteracaoLimite alteracao);

    /** Oldest first. */
    /** One page of the client's limit changes, oldest first ({@code pagina} from 0). */
    List<AlteracaoLimite> doCliente(String idCliente, int pagina, int tamanho);

    /** How many limit changes the client has. */
    long quantasDoCliente(String idCliente);
}
