package br.com.credito.concessao.decisao.domain.port;

import br.com.credito.concessao.decisao.domain.EntradasDaDecisao;
import br.com.credito.concessao.decisao.domain.MotorDeRegrasIndisponivelException;
import br.com.credito.concessao.decisao.domain.ResultadoPolitica;

/**
 * Port: the credit policy. There is no fallback for it: when it cannot answer, no decision is invented and
 * {@link MotorDeRegrasIndisponivelException} is thrown.
 */
public interface MotorDeRegras {

    ResultadoPolitica avaliar(EntradasDaDecisao entradas);
}
