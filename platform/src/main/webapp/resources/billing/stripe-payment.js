/*
 * Stripe's Payment Element on the portal's Billing page, for practices on Stripe: the card is
 * typed into Stripe's own frame, Stripe.js turns it into a PaymentMethod, and only its id goes to
 * Foyer, which charges it under the attempt's key (Stripe's "finalize payments on the server"
 * flow). When the card's bank asks for a check, the page comes back with the PaymentIntent's
 * client secret; Stripe.js runs the check and the page goes on to ask Foyer how it ended.
 */
(function () {
  'use strict';

  function show(problem) {
    var box = document.getElementById('stripe-errors');
    if (box) {
      box.textContent = problem;
    }
  }

  function cents(typed, fallback) {
    var value = Number(String(typed || '').replace(/[^0-9.]/g, ''));
    return value > 0 ? Math.round(value * 100) : fallback;
  }

  function nextAction(stripe, holder) {
    stripe.handleNextAction({ clientSecret: holder.dataset.clientSecret }).then(function (result) {
      if (result.error) {
        show(result.error.message);
      }
      window.location.assign(holder.dataset.returnAddress);
    });
  }

  function paymentElement(stripe, holder) {
    var fallback = Number(holder.dataset.amountCents) || 100;
    var amount = document.getElementById('amount');
    var elements = stripe.elements({
      mode: 'payment',
      amount: cents(amount && amount.value, fallback),
      currency: holder.dataset.currency,
      paymentMethodCreation: 'manual'
    });
    elements.create('payment').mount('#payment-element');
    if (amount) {
      amount.addEventListener('change', function () {
        elements.update({ amount: cents(amount.value, fallback) });
      });
    }
    var token = document.getElementById('cardToken');
    var button = document.getElementById('pay-stripe');
    var sending = false;
    button.addEventListener('click', function (event) {
      if (token.value) {
        return;
      }
      event.preventDefault();
      if (sending) {
        return;
      }
      sending = true;
      show('');
      elements.submit().then(function (checked) {
        if (checked.error) {
          throw checked.error;
        }
        return stripe.createPaymentMethod({ elements: elements });
      }).then(function (made) {
        if (made.error) {
          throw made.error;
        }
        token.value = made.paymentMethod.id;
        button.click();
      }).catch(function (error) {
        sending = false;
        show(error.message || 'The card could not be read; please try again.');
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var holder = document.getElementById('stripe-payment');
    var next = document.getElementById('stripe-next-action');
    var found = next || holder;
    if (!found || typeof window.Stripe !== 'function') {
      return;
    }
    var stripe = window.Stripe(found.dataset.publishableKey);
    if (next) {
      nextAction(stripe, next);
    } else {
      paymentElement(stripe, holder);
    }
  });
}());
