/**
 * Every intent the skill understands, by the name Alexa sends. Handlers and the interaction-model
 * generator both read this enum, so a name cannot drift between the code and the models.
 */
export enum IntentName {
  Next = 'AMAZON.NextIntent',
  Repeat = 'AMAZON.RepeatIntent',
  Previous = 'AMAZON.PreviousIntent',
  StartOver = 'AMAZON.StartOverIntent',
  Pause = 'AMAZON.PauseIntent',
  Resume = 'AMAZON.ResumeIntent',
  Help = 'AMAZON.HelpIntent',
  Stop = 'AMAZON.StopIntent',
  Cancel = 'AMAZON.CancelIntent',
  NavigateHome = 'AMAZON.NavigateHomeIntent',
  Fallback = 'AMAZON.FallbackIntent',
  Yes = 'AMAZON.YesIntent',
  No = 'AMAZON.NoIntent',
  /** AudioPlayer built-ins: the massage plays in order, so these get an honest answer. */
  LoopOn = 'AMAZON.LoopOnIntent',
  LoopOff = 'AMAZON.LoopOffIntent',
  ShuffleOn = 'AMAZON.ShuffleOnIntent',
  ShuffleOff = 'AMAZON.ShuffleOffIntent',
  /** "play the massage", "play the colic massage", "keep going by yourself" (slot `routine`, `part`). */
  PlayRoutine = 'PlayRoutineIntent',
  /**
   * "start a massage", "the colic massage", "just the legs": a routine by name (slot `routine`) or by
   * body part (slot `part`); with neither, the same as launching.
   */
  StartRoutine = 'StartRoutineIntent',
  /** "which massages are there". */
  ListRoutines = 'ListRoutinesIntent',
  /** "go to the tummy", "let's do the arms" (slot `part`). */
  GoToPart = 'GoToPartIntent',
  /** "skip the face", "skip this part", "next part" (slot `part`, optional). */
  SkipPart = 'SkipPartIntent',
  /** "where are we", "which stroke is this". */
  Where = 'WhereIntent',
  /** "how much is left", "how long does this take". */
  TimeLeft = 'TimeLeftIntent',
  /** "she fell asleep": end gently, keep the place. */
  BabyAsleep = 'BabyAsleepIntent',
  /** "the baby's crying", "he's upset": pause, with comfort advice. */
  BabyUpset = 'BabyUpsetIntent',
  /** "she's hungry", "I need to change his nappy": pause, keep the place. */
  BabyNeeds = 'BabyNeedsIntent',
  /** "my baby has a fever", "she had her jabs today": not today; keep the place; who to ask. */
  BabyUnwell = 'BabyUnwellIntent',
  /** "she doesn't like it": the cues, and permission to stop. */
  BabyDislikes = 'BabyDislikesIntent',
  /** "she's smiling", "he loves it": those are the baby's yes; the place is kept. */
  BabyHappy = 'BabyHappyIntent',
  /** "my baby has colic", "she's windy": the colic answer, and outside a routine the colic massage offered. */
  BabyWind = 'BabyWindIntent',
  /** "she's getting sleepy": at bedtime the idea (carry on softly); otherwise a sign of enough for now. */
  BabySleepy = 'BabySleepyIntent',
  /** "thank you", "thanks": you're welcome; mid-massage the place is kept, otherwise goodbye. */
  Thanks = 'ThanksIntent',
  /** "slower", "longer pauses", "less talking", "more detail" (slot `pace`). */
  Pace = 'PaceIntent',
  /** "does massage help my baby sleep?" (slot `topic`, type BENEFIT_TOPIC). */
  Benefits = 'BenefitsIntent',
  /** "what oil should I use?" (slot `topic`, type SAFETY_TOPIC). */
  Safety = 'SafetyIntent',
  /**
   * A question in the parent's own words behind a carrier ("can I ...", "is it okay ...", "what about
   * ..."): slot `question`, AMAZON.SearchQuery; the skill finds the topic (content/understand.ts).
   */
  Question = 'QuestionIntent',
  /**
   * "keep going", "go on", "carry on": after a pause or an answer, the same stroke again (as resume);
   * at the end of a stroke, the next one.
   */
  Continue = 'ContinueIntent',
  /**
   * Something said about the baby in the parent's own words ("she's just weed everywhere", "he's got the
   * hiccups"): slot `statement`, AMAZON.SearchQuery behind "she's", "he's", "my baby"...; the skill finds
   * what it means (content/understand.ts) and answers as to the statement intents.
   */
  Statement = 'StatementIntent',
  /** "teach me baby massage", "this week's lesson", "next lesson", "lesson three" (slot `lesson`). */
  Course = 'CourseIntent',
  /** "my baby is seven weeks old" (slots `number`, `unit`), "she was born in March" (slot `born`). */
  BabyAge = 'BabyAgeIntent',
  /** "how old is my baby". */
  HowOld = 'HowOldIntent',
  /** "forget my baby's age". */
  ForgetAge = 'ForgetAgeIntent',
  /** "how many massages this week", "what did we do last time", "how long did we massage yesterday" (slot `period`). */
  PracticeLog = 'PracticeLogIntent',
  /** "remind me to massage every evening at seven" (slots `time`, `daypart`). */
  SetReminder = 'SetReminderIntent',
  /** "cancel my massage reminder". */
  CancelReminder = 'CancelReminderIntent',
  /** "do I have a reminder". */
  CheckReminder = 'CheckReminderIntent',
  /** "forget everything about me": the parent's stored item, after a yes. */
  ForgetMe = 'ForgetMeIntent',
}

/** Slot names, shared by the handlers and the model generator. */
export enum SlotName {
  Topic = 'topic',
  Routine = 'routine',
  Part = 'part',
  Pace = 'pace',
  Question = 'question',
  Statement = 'statement',
  Lesson = 'lesson',
  Number = 'number',
  Unit = 'unit',
  Born = 'born',
  Period = 'period',
  Time = 'time',
  Daypart = 'daypart',
  Clock = 'clock',
}
