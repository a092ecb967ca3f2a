package backoffice.testsupport;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Changes a statement between two page requests of a parallel load, in the order that once lost an entry silently:
 * the request for the page at {@code held} waits until the page at {@code answeredFirst} (further on) has been
 * answered, then {@code change} runs (entries posted inside the range), then the held request goes to the server. Give
 * it to {@code BackOfficeClient.builder().customize(b -> b.addInterceptor(shift))}.
 */
public final class PageShift implements Interceptor {

    private final String held;
    private final String answeredFirst;
    private final Runnable change;
    private final CountDownLatch changed = new CountDownLatch(1);
    private volatile boolean inOrder;

    public PageShift(int held, int answeredFirst, Runnable change) {
        this.held = Integer.toString(held);
        this.answeredFirst = Integer.toString(answeredFirst);
        this.change = change;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String offset = chain.request().url().encodedPath().endsWith("/statement")
                ? chain.request().url().queryParameter("offset") : null;
        if (held.equals(offset)) {
            try {
                inOrder = changed.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while held", e);
            }
        }
        Response response = chain.proceed(chain.request());
        if (answeredFirst.equals(offset)) {
            try {
                response.peekBody(Long.MAX_VALUE); // the page as the server had it before the change
                change.run();
            } finally {
                changed.countDown();
            }
        }
        return response;
    }

    /** Whether the held page was requested after the change, as the test meant (false when it waited in vain). */
    public boolean happened() {
        return inOrder;
    }
}
