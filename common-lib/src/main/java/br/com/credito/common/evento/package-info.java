/** Event contracts shared by producer and consumer; the JSON Schemas beside them in resources are the published form. */
package br.com.credito.common.evento;
