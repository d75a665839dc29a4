import { contentFor } from '../../lambda/content';
import { ROUTINES } from '../../lambda/routine/routines';
import { fill } from '../../lambda/content/fill';
import { ScreenView, answerView, finishedView, helpView, questionView, routinesView, stepView, weekView } from '../../lambda/screens/views';
import type { Viewport } from './apl-browser';

/**
 * Every screen the full routine shows, and the others, in a locale's words: what
 * test/screens-render.test.ts draws (all of them with FULL=1) and tools/screenshots.ts takes the
 * README's pictures from.
 */
export function allScreens(locale = 'en-US'): { name: string; view: ScreenView }[] {
  const content = contentFor(locale);
  const { weekdays } = content.companion;
  const screens: { name: string; view: ScreenView }[] = ROUTINES.full.steps.map((step, index) => ({
    name: `step-${String(index + 1).padStart(2, '0')}-${step.id}`,
    view: stepView(content, { routineId: 'full', stepId: step.id, status: 'in-progress' }, 25 - index),
  }));
  screens.push(
    { name: 'paused', view: stepView(content, { routineId: 'full', stepId: 'tummy-water-wheel', status: 'paused' }, 14, 'paused') },
    { name: 'playing', view: stepView(content, { routineId: 'colic', stepId: 'tummy-sun-and-moon', status: 'in-progress' }, 0, 'playing') },
    { name: 'finished', view: finishedView(content, { routineId: 'full', stepId: 'closing-cuddle', status: 'finished' }) },
    { name: 'answer', view: answerView(content, content.questions.safety.oil.sentences.join(' '), true) },
    { name: 'help', view: helpView(content, true) },
    { name: 'routines', view: routinesView(content) },
    {
      name: 'week',
      view: weekView(
        content,
        weekdays.map((day, i) => ({ label: day.slice(0, 3), count: [0, 1, 0, 2, 1, 0, 1][i] })),
        fill(content.companion.logWeek, { count: fill(content.companion.massages[1], { count: '5' }), minutes: fill(content.companion.minutesAbout[1], { count: '60' }) }),
        false,
      ),
    },
    {
      name: 'question',
      view: questionView(content, { routineId: 'full', stepId: 'arm-milking', status: 'paused' }, fill(content.phrases.resumeOffer, { place: fill(content.phrases.stepOnPart, { step: content.steps['arm-milking'].name, part: content.parts.arms }) }), [
        { label: content.screen.carryOn, action: 'yes' },
        { label: content.screen.next, action: 'next' },
        { label: content.screen.startFresh, action: 'no' },
      ]),
    },
  );
  return screens;
}


/** The Echo Show 8 and 5 (dp = px, dpi 160) and the round Echo Spot. */
export const SHOW_8: Viewport = { name: 'echo-show-8', width: 1280, height: 800, shape: 'RECTANGLE' };
export const SHOW_5: Viewport = { name: 'echo-show-5', width: 960, height: 480, shape: 'RECTANGLE' };
export const SPOT: Viewport = { name: 'echo-spot', width: 480, height: 480, shape: 'ROUND' };

/** The screens the README shows (docs/screens/), each at Echo Show 8 and Echo Show 5. */
export const README_SCREENS = ['step-02-leg-indian-milking', 'step-10-tummy-sun-and-moon', 'step-18-back-back-and-forth', 'question', 'routines', 'week'] as const;
export const README_VIEWPORTS = [SHOW_8, SHOW_5] as const;

/** A screenshot's file name: the viewport, then the screen. */
export const screenshotName = (viewport: Viewport, name: string): string => `${viewport.name}-${name}.png`;
