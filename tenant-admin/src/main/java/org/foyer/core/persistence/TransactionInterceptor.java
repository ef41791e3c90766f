package org.foyer.core.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.foyer.core.tenancy.Tenancy;

/** Runs a {@link Transactional} method inside a unit of work for the current practice. */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class TransactionInterceptor {

  @Inject UnitOfWork unitOfWork;

  @AroundInvoke
  public Object inTransaction(InvocationContext invocation) throws Exception {
    Transactional settings = invocation.getMethod().getAnnotation(Transactional.class);
    if (settings == null) {
      settings = invocation.getMethod().getDeclaringClass().getAnnotation(Transactional.class);
    }
    boolean readOnly = settings != null && settings.readOnly();
    return unitOfWork.call(Tenancy.current().orElse(null), readOnly, invocation::proceed);
  }
}
