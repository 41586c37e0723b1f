import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';

export type OnboardingStep = 'profile' | 'tenants' | 'done';

const STEPS: OnboardingStep[] = ['profile', 'tenants', 'done'];
const STEP_TITLES = { profile: 'onboardingStepProfile', tenants: 'onboardingStepTenants', done: 'onboardingStepDone' } as const;

interface Props {
  step: OnboardingStep;
  /** The step's own part of the settings form (partner profile, own tenants) and anything it offers besides. */
  children?: ComponentChildren;
  /** Saves what the step holds; false when the form showed errors (the step stays). */
  onNext: () => void;
  onBack: () => void;
  /** Leaves the guide for the whole settings page. */
  onShowAll: () => void;
  /** Set while a save runs. */
  busy: boolean;
}

/**
 * First run: the partner profile, then the partner's own tenants, then what happens next, one step
 * at a time, instead of the whole settings page. Each step's heading takes the focus, so a screen
 * reader says where the partner is.
 */
export function Onboarding({ step, children, onNext, onBack, onShowAll, busy }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Layout effect: the focus moves with the render that shows the step, not a frame later.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the focus moves to the heading each time the step changes
  useLayoutEffect(() => heading.current?.focus(), [step]);
  const index = STEPS.indexOf(step);
  return (
    <section class="onboarding" aria-labelledby="onboarding-title" data-testid="onboarding" data-step={step}>
      <ol class="steps">
        {STEPS.map((name, position) => (
          <li key={name} class={`steps__item${position === index ? ' steps__item--current' : ''}`} aria-current={position === index ? 'step' : undefined}>
            <span class="steps__number">{t('onboardingStepOf', [String(position + 1), String(STEPS.length)])}</span> {t(STEP_TITLES[name])}
          </li>
        ))}
      </ol>
      <h2 id="onboarding-title" ref={heading} tabIndex={-1}>
        {t(STEP_TITLES[step])}
      </h2>
      {step === 'done' ? (
        <div class="onboarding__done">
          <p>{t('onboardingDoneText')}</p>
          <ol>
            <li>{t('onboardingDoneStep1')}</li>
            <li>{t('onboardingDoneStep2')}</li>
            <li>{t('onboardingDoneStep3')}</li>
          </ol>
        </div>
      ) : (
        <p class="section__help">{t(step === 'profile' ? 'onboardingProfileHelp' : 'onboardingTenantsHelp')}</p>
      )}
      {children}
      <div class="savebar">
        {step === 'tenants' ? (
          <button type="button" class="button" onClick={onBack}>
            {t('onboardingBack')}
          </button>
        ) : null}
        {step === 'done' ? (
          <button type="button" class="button button--primary" onClick={onShowAll}>
            {t('onboardingShowAll')}
          </button>
        ) : (
          <>
            <button type="button" class="button button--primary" onClick={onNext} disabled={busy || undefined}>
              {t(step === 'profile' ? 'onboardingNext' : 'onboardingFinish')}
            </button>
            <button type="button" class="button button--quiet" onClick={onShowAll}>
              {t('onboardingSkip')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
