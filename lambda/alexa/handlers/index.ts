import { RequestHandler } from 'ask-sdk-core';
import { audioCommandHandler } from './play-along/audio-command';
import { babyAsleepHandler } from './spoken/baby-asleep';
import { babyDislikesHandler } from './spoken/baby-dislikes';
import { babyHappyHandler } from './spoken/baby-happy';
import { babyWindHandler } from './spoken/baby-wind';
import { thanksHandler } from './spoken/thanks';
import { babySleepyHandler } from './spoken/baby-sleepy';
import { babyNeedsHandler } from './spoken/baby-needs';
import { babyUnwellHandler } from './spoken/baby-unwell';
import { babyUpsetHandler } from './spoken/baby-upset';
import { benefitsHandler } from './spoken/benefits';
import { canFulfillHandler } from './system/can-fulfill';
import { fallbackHandler } from './spoken/fallback';
import { goToPartHandler } from './spoken/go-to-part';
import { helpHandler } from './spoken/help';
import { launchHandler } from './spoken/launch';
import { listRoutinesHandler } from './spoken/list-routines';
import { loopShuffleHandler } from './spoken/loop-shuffle';
import { nextHandler } from './spoken/next';
import { paceHandler } from './spoken/pace';
import { noHandler } from './spoken/no';
import { pauseHandler } from './spoken/pause';
import { playRoutineHandler } from './play-along/play-routine';
import { playbackControllerHandler } from './play-along/playback-controller';
import { playbackEventHandler } from './play-along/playback-event';
import { previousHandler } from './spoken/previous';
import { repeatHandler } from './spoken/repeat';
import { resumeHandler } from './spoken/resume';
import { continueHandler } from './spoken/continue';
import { safetyHandler } from './spoken/safety';
import { questionHandler } from './spoken/question';
import { statementHandler } from './spoken/statement';
import { sessionEndedHandler } from './system/session-ended';
import { skipPartHandler } from './spoken/skip-part';
import { startOverHandler } from './spoken/start-over';
import { startRoutineHandler } from './spoken/start-routine';
import { stopHandler } from './spoken/stop';
import { timeLeftHandler } from './spoken/time-left';
import { touchHandler } from './screen/touch';
import { babyWhilePlayingHandler } from './play-along/baby-while-playing';
import { launchWhilePlayingHandler } from './play-along/launch-while-playing';
import { movePartWhilePlayingHandler, routineWhilePlayingHandler } from './play-along/move-while-playing';
import { saidWhilePlayingHandler } from './play-along/said-while-playing';
import { touchWhilePlayingHandler } from './play-along/touch-while-playing';
import { exceptionEncounteredHandler, unknownIntentHandler, unknownRequestHandler } from './system/unknown';
import { whereHandler } from './spoken/where';
import { yesHandler } from './spoken/yes';
import { courseHandler } from './companion/course';
import { babyAgeHandler, forgetAgeHandler, howOldHandler } from './companion/age';
import { practiceLogHandler } from './companion/practice-log';
import { cancelReminderHandler, checkReminderHandler, permissionAnswerHandler, setReminderHandler } from './companion/reminders';
import { forgetMeHandler, skillDisabledHandler } from './companion/forget-me';

/**
 * Every request handler, in the order the SDK tries them: the first whose canHandle says yes wins.
 * Play-along first, each deciding by the mode (the massage audio is playing, or the words were said to
 * it), then the spoken guide, the screen's buttons, and Alexa's own requests; the unknown-intent and
 * catch-all handlers stay last.
 */
export const requestHandlers: readonly RequestHandler[] = [
  // Play-along: words said over or to the massage audio, and its buttons.
  launchWhilePlayingHandler,
  audioCommandHandler,
  babyWhilePlayingHandler,
  saidWhilePlayingHandler,
  movePartWhilePlayingHandler,
  routineWhilePlayingHandler,
  touchWhilePlayingHandler,
  playbackEventHandler,
  playbackControllerHandler,
  // The spoken guide.
  launchHandler,
  startRoutineHandler,
  playRoutineHandler,
  yesHandler,
  noHandler,
  nextHandler,
  previousHandler,
  repeatHandler,
  startOverHandler,
  goToPartHandler,
  skipPartHandler,
  pauseHandler,
  resumeHandler,
  continueHandler,
  babyAsleepHandler,
  babyUpsetHandler,
  babyNeedsHandler,
  babyUnwellHandler,
  babyDislikesHandler,
  babyHappyHandler,
  babyWindHandler,
  babySleepyHandler,
  thanksHandler,
  paceHandler,
  whereHandler,
  timeLeftHandler,
  listRoutinesHandler,
  helpHandler,
  loopShuffleHandler,
  stopHandler,
  benefitsHandler,
  safetyHandler,
  questionHandler,
  statementHandler,
  // The course and companion: lessons, the baby's age, the practice log, reminders, forgetting.
  courseHandler,
  babyAgeHandler,
  howOldHandler,
  forgetAgeHandler,
  practiceLogHandler,
  setReminderHandler,
  cancelReminderHandler,
  checkReminderHandler,
  forgetMeHandler,
  fallbackHandler,
  // The screen's buttons, as the words they stand for.
  touchHandler,
  // Alexa's own requests.
  permissionAnswerHandler,
  skillDisabledHandler,
  sessionEndedHandler,
  canFulfillHandler,
  exceptionEncounteredHandler,
  unknownIntentHandler,
  unknownRequestHandler,
];
