/** The routes of the edge, one per service, and how an unreachable service is answered. */
package br.com.credito.edge.roteamento;
