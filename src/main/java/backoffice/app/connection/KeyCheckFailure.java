package backoffice.app.connection;

import backoffice.client.error.ApiException;

/**
 * Why the key check did not prove the key: the server refused the key, or what answered is not Weavr's Back-Office
 * API. Carries the sentence for the agent and the answer's errorCode and request-ref.
 */
final class KeyCheckFailure extends RuntimeException {

    private final transient ApiException answer;

    KeyCheckFailure(String sentence, ApiException answer) {
        super(sentence, answer);
        this.answer = answer;
    }

    String errorCode() {
        return answer.errorCode();
    }

    String requestRef() {
        return answer.requestRef();
    }
}
