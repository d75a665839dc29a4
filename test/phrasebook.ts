/**
 * The way tired parents really talk to the guide, hands on the baby: each phrasing with the intent
 * and slot values it must reach. {nappy} becomes the locale's word. Used by test/phrasebook.test.ts
 * against every locale's interaction model.
 */
export type Entry = readonly [phrase: string, intent: string, slots?: Readonly<Record<string, string>>];

const next = 'AMAZON.NextIntent';
const repeat = 'AMAZON.RepeatIntent';
const previous = 'AMAZON.PreviousIntent';
const startOver = 'AMAZON.StartOverIntent';
const pause = 'AMAZON.PauseIntent';
const resume = 'AMAZON.ResumeIntent';
const carryOn = 'ContinueIntent';
const help = 'AMAZON.HelpIntent';
const stop = 'AMAZON.StopIntent';
const cancel = 'AMAZON.CancelIntent';
const yes = 'AMAZON.YesIntent';
const no = 'AMAZON.NoIntent';
const start = 'StartRoutineIntent';
const list = 'ListRoutinesIntent';
const goTo = 'GoToPartIntent';
const skipPart = 'SkipPartIntent';
const where = 'WhereIntent';
const timeLeft = 'TimeLeftIntent';
const asleep = 'BabyAsleepIntent';
const upset = 'BabyUpsetIntent';
const needs = 'BabyNeedsIntent';
const unwell = 'BabyUnwellIntent';
const dislikes = 'BabyDislikesIntent';
const happy = 'BabyHappyIntent';
const wind = 'BabyWindIntent';
const thanks = 'ThanksIntent';
const sleepy = 'BabySleepyIntent';
const pace = 'PaceIntent';
const benefits = 'BenefitsIntent';
const safety = 'SafetyIntent';

export const PHRASEBOOK: readonly Entry[] = [
  // Moving on
  ['next', next], ['next one', next], ['next please', next], ['ok next', next], ['okay next', next], ['ok done', next], ['okay done', next],
  ['done', next], ['all done', next], ['done now', next], ["that's done", next], ['got it', next], ['ready', next], ["we're ready", next],
  ['go on', carryOn], ['keep going', carryOn], ['move on', next], ["let's move on", next], ["what's next", next], ['what comes next', next],
  ['skip', next], ['skip this one', next], ['skip this stroke', next], ['next stroke please', next], ['and then', next], ['onwards', next],
  ['finished that one', next], ['go to the next one', next], ['ready for the next one', next],
  // Hearing it again
  ['repeat', repeat], ['repeat that', repeat], ['say that again', repeat], ['say that again please', repeat], ['again', repeat],
  ['one more time', repeat], ['what was that', repeat], ['pardon', repeat], ['sorry what', repeat], ['what did you say', repeat],
  ['i missed that', repeat], ["i didn't catch that", repeat], ['come again', repeat], ['can you repeat that', repeat], ['tell me again', repeat],
  ['how does this one go again', repeat], ['sorry can you say that again', repeat],
  ['how do i do this one', repeat], ['what do i do', repeat], ['show me again', repeat],
  // Back
  ['go back', previous], ['back', previous], ['previous', previous], ['the one before', previous], ['go back one', previous],
  ['take me back', previous], ["let's go back", previous], ['rewind', previous], ['previous stroke', previous], ['back one step', previous],
  // Start over
  ['start over', startOver], ['start again', startOver], ['from the top', startOver], ['from the beginning', startOver], ['restart', startOver],
  ['begin again', startOver], ["let's start again", startOver], ['start fresh', startOver], ['start the whole thing again', startOver],
  // Pause
  ['pause', pause], ['hold on', pause], ['hang on', pause], ['wait', pause], ['wait a minute', pause], ['one sec', pause], ['one second', pause],
  ['just a sec', pause], ['hang on a sec', pause], ['give me a minute', pause], ['give me a second', pause], ['one moment', pause],
  ['just a moment', pause], ['take a break', pause], ["let's take a break", pause], ['time out', pause], ['pause it', pause],
  ['be right back', pause], ['back in a minute', pause], ['let me settle the baby', pause], ['stop for a moment', pause],
  // Resume
  ['resume', resume], ['continue', resume], ['carry on', carryOn], ["let's carry on", carryOn], ["we're back", resume], ["i'm back", resume],
  ['pick up where we left off', resume], ["she's settled now", resume], ["he's settled now", resume], ['unpause', resume],
  ["okay we're ready", resume], ['we can go on now', resume], ["baby's calm now", resume],
  // Help, stop, cancel
  ['help', help], ['what can i say', help], ['what do i say', help], ['how does this work', help], ["i'm lost", help], ["i'm confused", help],
  ['stop', stop], ["that's enough for today", stop], ["we're done for today", stop], ["she's had enough", stop], ["he's had enough", stop],
  ['i want to stop', stop], ["we're done", stop], ['she has had enough', stop], ['finish', stop],
  ['goodbye', stop], ['bye', stop], ['exit', stop], ["we'll stop here", stop],
  ['cancel', cancel], ['never mind', cancel], ['i have to go', cancel], ['something came up', cancel], ['forget it', cancel],
  // Yes and no
  ['yes', yes], ['yeah', yes], ['yep', yes], ['sure', yes], ['okay', yes], ['ok', yes], ['go ahead', yes], ['sounds good', yes], ["let's do it", yes],
  ['no', no], ['nope', no], ['no thanks', no], ['not now', no], ['not today', no], ['maybe later', no], ["i don't think so", no],
  // Routines by name
  ['start a massage', start], ["let's begin", start], ['massage my baby', start], ['give my baby a massage', start],
  ['the colic massage', start, { routine: 'colic' }], ['a colic massage', start, { routine: 'colic' }], ['massage for colic', start, { routine: 'colic' }],
  ['a massage for wind', start, { routine: 'colic' }], ['the wind relief massage', start, { routine: 'colic' }], ['start a colic massage', start, { routine: 'colic' }],
  ['a massage for gas', start, { routine: 'colic' }], ['the gas relief routine', start, { routine: 'colic' }],
  ['bedtime massage', start, { routine: 'bedtime' }], ['start a bedtime massage', start, { routine: 'bedtime' }], ['a sleepy massage', start, { routine: 'bedtime' }],
  ['the bedtime routine', start, { routine: 'bedtime' }], ['a massage for sleep', start, { routine: 'bedtime' }], ['do the wind down massage', start, { routine: 'bedtime' }],
  ['a massage for my newborn', start, { routine: 'newborn' }], ['the newborn massage', start, { routine: 'newborn' }], ['a first massage', start, { routine: 'newborn' }],
  ['a quick one', start, { routine: 'quick' }], ['a quick massage', start, { routine: 'quick' }], ['a short one', start, { routine: 'quick' }],
  ['a short massage', start, { routine: 'quick' }], ['the five minute massage', start, { routine: 'quick' }], ['do a quick massage', start, { routine: 'quick' }],
  ['the full massage', start, { routine: 'full' }], ['the whole body massage', start, { routine: 'full' }], ['do the full routine', start, { routine: 'full' }],
  ['just the legs', start, { part: 'legs' }], ['just the feet', start, { part: 'legs' }], ['only the legs', start, { part: 'legs' }],
  ['just the back', start, { part: 'back' }], ['just the arms', start, { part: 'arms' }], ['just the hands', start, { part: 'arms' }],
  ['just the face', start, { part: 'face' }], ['just the tummy', start, { part: 'tummy' }], ['just the belly', start, { part: 'tummy' }],
  ['massage the back', start, { part: 'back' }], ['a tummy massage', start, { part: 'tummy' }], ['can we just do the legs', start, { part: 'legs' }],
  ['do just the back', start, { part: 'back' }], ['help my baby with wind', start, { routine: 'colic' }], ['how do i massage my baby', start],
  ['teach me baby massage', 'CourseIntent'],
  ['which massages are there', list], ['what massages do you have', list], ['what routines are there', list], ['is there a shorter one', list],
  ['what are my choices', list], ['what other massages are there', list], ['what massages can we do', list],
  // Body parts
  ['go to the tummy', goTo, { part: 'tummy' }], ['skip to the back', goTo, { part: 'back' }], ["let's do the arms", goTo, { part: 'arms' }],
  ['do the face now', goTo, { part: 'face' }], ['jump to the chest', goTo, { part: 'chest' }], ['go back to the legs', goTo, { part: 'legs' }],
  ['now the feet', goTo, { part: 'legs' }], ['move on to the tummy', goTo, { part: 'tummy' }], ['take me to the gentle movements', goTo, { part: 'movements' }],
  ['can we do the stretches', goTo, { part: 'movements' }], ['go to the belly', goTo, { part: 'tummy' }], ['start from the back', goTo, { part: 'back' }],
  ['skip this part', skipPart], ['next part', skipPart], ['skip this bit', skipPart], ['move on to the next part', skipPart], ['next section', skipPart],
  ['skip the face', skipPart, { part: 'face' }], ['skip the tummy', skipPart, { part: 'tummy' }], ['leave out the face', skipPart, { part: 'face' }],
  ['no face today', skipPart, { part: 'face' }], ["let's skip the back", skipPart, { part: 'back' }], ["she doesn't like this part", skipPart],
  ["he doesn't like the face", skipPart, { part: 'face' }], ["don't do the chest", skipPart, { part: 'chest' }],
  // Where and how long
  ['where are we', where], ['where was i', where], ['where were we', where], ['which stroke is this', where], ["what's this one called", where],
  ['what are we doing now', where], ['which part are we on', where], ['remind me where we are', where], ['what step are we on', where],
  ['how much is left', timeLeft], ['how long does this take', timeLeft], ['how much longer', timeLeft], ['are we nearly done', timeLeft],
  ['how many more strokes', timeLeft], ['how long to go', timeLeft], ['is it nearly over', timeLeft], ['how long is the massage', timeLeft],
  // The baby
  ['she fell asleep', asleep], ['he fell asleep', asleep], ["she's asleep", asleep], ["the baby's asleep", asleep], ['baby fell asleep', asleep],
  ["he's dozed off", asleep], ["she's sleeping", asleep], ['my baby fell asleep', asleep],
  ["baby's crying", upset], ["the baby's crying", upset], ["she's crying", upset], ["he's upset", upset], ['my baby is fussing', upset],
  ["he won't stop crying", upset], ["she's screaming", upset], ['baby is crying', upset], ["she's fussy", upset],
  ['i have to change her {nappy}', needs],
  ['i need to change his {nappy}', needs], ["he's done a poo", needs], ['{nappy} change', needs],
  ["he's unwell", unwell], ["she's poorly", unwell], ["he's sick", unwell],
  ['she had her vaccinations today', unwell], ['he has a rash', unwell], ['my baby is unwell', unwell], 
  ['my baby has a rash', unwell], ['she has eczema', unwell], ["he's got a cold", unwell], ['my baby has eczema', unwell],
  ["she doesn't like it", dislikes], ['he hates it', dislikes], ["she's not enjoying it", dislikes], ["my baby doesn't like it", dislikes],
  ["i don't think he likes it", dislikes], ["he doesn't seem to like it", dislikes],
  // Pace
  ['slower', pace, { pace: 'slower' }], ['slower please', pace, { pace: 'slower' }], ['slow down', pace, { pace: 'slower' }], ['a bit slower', pace, { pace: 'slower' }],
  ['talk more slowly', pace, { pace: 'slower' }], ['faster', pace, { pace: 'faster' }], ['speed up', pace, { pace: 'faster' }], ['a bit quicker', pace, { pace: 'faster' }],
  ['more time', pace, { pace: 'longer-pauses' }], ['longer pauses', pace, { pace: 'longer-pauses' }], ['give me more time', pace, { pace: 'longer-pauses' }],
  ['i need more time', pace, { pace: 'longer-pauses' }], ['shorter pauses', pace, { pace: 'shorter-pauses' }], ['less waiting', pace, { pace: 'shorter-pauses' }],
  ['less talking', pace, { pace: 'brief' }], ['brief mode', pace, { pace: 'brief' }], ['switch to brief mode', pace, { pace: 'brief' }], ['talk less', pace, { pace: 'brief' }],
  ['more detail', pace, { pace: 'detail' }], ['more detail please', pace, { pace: 'detail' }], ['can i have more detail', pace, { pace: 'detail' }],
  ['normal pace', pace, { pace: 'normal' }], ['go back to the normal pace', pace, { pace: 'normal' }],
  // Questions
  ['does massage help my baby sleep', benefits, { topic: 'sleep' }], ['will it help with bedtime', benefits, { topic: 'sleep' }],
  ['is massage good for bonding', benefits, { topic: 'bonding' }], ['is it good for colic', benefits, { topic: 'digestion' }],
  ['does massage help with wind', benefits, { topic: 'digestion' }], ['does it help with gas', benefits, { topic: 'digestion' }],
  ['does massage help with reflux', benefits, { topic: 'reflux' }], ['does it help with spitting up', benefits, { topic: 'reflux' }],
  ['does massage help with teething', benefits, { topic: 'teething' }], ['does it help with a blocked nose', benefits, { topic: 'teething' }],
  ['does massage boost the immune system', benefits, { topic: 'immunity' }], ['does it help with brain development', benefits, { topic: 'brain' }],
  ['does massage help with weight gain', benefits, { topic: 'growth' }], ['does it help with asthma', benefits, { topic: 'breathing' }],
  ['does massage improve circulation', benefits, { topic: 'circulation' }], ['why do we ask permission', benefits, { topic: 'autonomy' }],
  ['why do i ask permission', benefits, { topic: 'autonomy' }], ['what about consent', benefits, { topic: 'autonomy' }],
  ['what are the benefits', benefits], ['why should i massage my baby', benefits], ['does baby massage really work', benefits],
  ['what is baby massage good for', benefits], ["what's the point of baby massage", benefits],
  ['does massage help with stress', benefits, { topic: 'relaxation' }], ['does it help with coordination', benefits, { topic: 'awareness' }],
  ['what oil should i use', safety, { topic: 'oil' }], ['is olive oil safe', safety, { topic: 'oil' }], ['can i use coconut oil', safety, { topic: 'oil' }],
  ['do i need oil', safety, { topic: 'oil' }], ['can i use essential oils', safety, { topic: 'oil' }],
  ['is it safe to massage a newborn', safety, { topic: 'newborn' }], ['can i massage my newborn', safety, { topic: 'newborn' }],
  ['how do i massage a newborn baby', safety, { topic: 'newborn' }], ['can i massage my premature baby', safety, { topic: 'premature' }],
  ['is massage safe for premature babies', safety, { topic: 'premature' }], ['can i massage a sleeping baby', safety, { topic: 'sleeping' }],
  ["can i massage my baby while she's asleep", safety, { topic: 'sleeping' }], ['can i massage my baby with a fever', safety, { topic: 'when-not' }],
  ['when should i not massage', safety, { topic: 'when-not' }], ['can i massage my baby after her jabs', safety, { topic: 'vaccinations' }],
  ['is it safe to massage after vaccinations', safety, { topic: 'vaccinations' }], ['how long after a feed can i massage', safety, { topic: 'feeding' }],
  ['how long should i massage', safety, { topic: 'how-long' }], ['how often should i massage my baby', safety, { topic: 'how-often' }],
  ['how often should i do it', safety, { topic: 'how-often' }], ['from what age can i massage', safety, { topic: 'age' }],
  ['what if my baby cries', safety, { topic: 'crying' }], ['what should i do if my baby hates it', safety, { topic: 'crying' }],
  ['can dad do it', safety, { topic: 'others' }], ['can grandma do the massage', safety, { topic: 'others' }],
  ['should i massage before or after the bath', safety, { topic: 'bath' }], ['how hard should i press', safety, { topic: 'pressure' }],
  ['can i hurt my baby', safety, { topic: 'pressure' }], ['is baby massage safe', safety], ['is it safe', safety],
  // Found by asking as a parent would, mid-massage
  ['next bit', next], ["what's the next stroke", next], ['shh', pause], ['be quiet', pause], ['stop talking', pause],
  ["he's grumpy", upset], ['the baby is screaming', upset],
  ['how do i do this', repeat], ["i don't understand", repeat], ["i don't get it", repeat],
  ['is this the last one', timeLeft], ["what's after this", next], ["she doesn't want her tummy done", skipPart, { part: 'tummy' }],
  ['just a minute', pause], ['can you wait a minute', pause], ["ok we're ready", resume], ["we're finished", stop],
  ['which direction', repeat], ['clockwise or anticlockwise', repeat], ['how do i hold her', repeat],
  ['how much pressure', safety, { topic: 'pressure' }], ['is this too hard', safety, { topic: 'pressure' }],
  ['how soon after a feed', safety, { topic: 'feeding' }], ['can i do this every day', safety, { topic: 'how-often' }],
  ['she peed on me', needs], ["she's gone pale", dislikes],
  ['what does massage do', benefits],
  ["she's getting sleepy", sleepy], ["he's tired", sleepy], ['she needs a nap', sleepy], ["he's almost asleep", sleepy],
  ["i'm ready", next], ["let's go", next], ['can we go back', previous], ['do that one again', repeat], ['redo that', repeat],
  ["she's getting fussy", upset], 
  ["she doesn't like her feet touched", skipPart, { part: 'legs' }], ['he hates the face', skipPart, { part: 'face' }],
  ['how many minutes left', timeLeft], ['how many parts are left', timeLeft], ['she had her injections yesterday', unwell],
  ['he had his injections today', unwell], ['can i massage if she has a cold', safety, { topic: 'when-not' }],
  ['is it ok after her vaccinations', safety, { topic: 'vaccinations' }], ['can i massage a premature baby', safety, { topic: 'premature' }],
  ['is it normal for her to cry', safety, { topic: 'crying' }], ['why is he crying', safety, { topic: 'crying' }],
  ['what oil is safe', safety, { topic: 'oil' }], ["i don't have oil", safety, { topic: 'oil' }], ['can i do it without oil', safety, { topic: 'oil' }],
  ['thank you', thanks], ['thanks so much', thanks], ['ok thanks', thanks], ['cheers', thanks],
  ['my baby has colic', wind], ["he's colicky", wind], ["she's windy", wind], ['he has trapped wind', wind], ['my baby is gassy', wind],
  ["she's constipated", wind], ['i think he has colic', wind],
  ["she's smiling", happy], ['he likes it', happy], ['she loves it', happy], ["he's cooing", happy], ["my baby is enjoying it", happy],
  ['i think she likes it', happy], ["she's so relaxed", happy], ["he's giggling", happy],
  ["she's yawning", dislikes], ['she peed', needs], ['he spat up', needs], ["she's falling asleep", asleep],
  ['she has a blocked nose', unwell], ['can you go slower', pace, { pace: 'slower' }],
  ["you're talking too much", pace, { pace: 'brief' }], ['do the legs again', goTo, { part: 'legs' }], ['can we skip the face', skipPart, { part: 'face' }],
  ['not the face', skipPart, { part: 'face' }], ['what stroke are we on', where], ['is that it', timeLeft], ['a different massage', list],
  ['which oil is best', safety, { topic: 'oil' }], ['is coconut oil ok', safety, { topic: 'oil' }], ['can i use baby lotion', safety, { topic: 'oil' }],
  ['is it safe for a newborn', safety, { topic: 'newborn' }], ['when can i start massaging my baby', safety, { topic: 'age' }],
  ['can i massage after a bath', safety, { topic: 'bath' }], ['what should i do if she cries', safety, { topic: 'crying' }],
  ['i need a break', pause], ['i need a minute', pause], ['i need to go', stop], ['i want to go back', previous],
  // Questions as parents ask them
  ['is massage good for a gassy baby', benefits, { topic: 'digestion' }], ['does massage help babies with reflux', benefits, { topic: 'reflux' }],
  ['does massage help with teething pain', benefits, { topic: 'teething' }], ['does massage make babies smarter', benefits, { topic: 'brain' }],
  ['how long should i massage my baby for', safety, { topic: 'how-long' }], ['what time of day is best', safety, { topic: 'feeding' }],
  ['when is the best time to massage my baby', safety, { topic: 'feeding' }], ['should i massage before or after a feed', safety, { topic: 'feeding' }],
  ['what oil is best for baby massage', safety, { topic: 'oil' }], ['is olive oil ok for babies', safety, { topic: 'oil' }],
  ['what if my baby cries during massage', safety, { topic: 'crying' }], ['how old does my baby need to be', safety, { topic: 'age' }],
  ['when should i stop massaging my baby', safety, { topic: 'age' }], ['can i massage my toddler', safety, { topic: 'age' }],
  ["can i massage my baby's head", safety, { topic: 'soft-spot' }], ['is it ok to massage the soft spot', safety, { topic: 'soft-spot' }],
  ['should the room be warm', safety, { topic: 'setting' }], ['do i need to undress my baby', safety, { topic: 'setting' }], ['how do i get ready', safety, { topic: 'setting' }],
  ['is the massage safe', safety],
  // The course and companion (issue 20)
  ['teach me how to massage my baby', 'CourseIntent'], ['start the course', 'CourseIntent'], ["this week's lesson", 'CourseIntent', { lesson: 'this-week' }],
  ['next lesson', 'CourseIntent', { lesson: 'next' }], ["last week's lesson again", 'CourseIntent', { lesson: 'last' }], ['lesson three', 'CourseIntent', { lesson: '3' }],
  ['can we do the second lesson', 'CourseIntent', { lesson: '2' }], ['which lesson am i on', 'CourseIntent'],
  ['my baby is seven weeks old', 'BabyAgeIntent', { unit: 'week' }], ["she's four months old", 'BabyAgeIntent', { unit: 'month' }], ["he's a month old", 'BabyAgeIntent', { unit: 'month' }],
  ['she was born in march', 'BabyAgeIntent'], ['my son was born in october', 'BabyAgeIntent'], ['how old is my baby', 'HowOldIntent'], ['what age is she', 'HowOldIntent'],
  ["forget my baby's age", 'ForgetAgeIntent'], ['forget when she was born', 'ForgetAgeIntent'],
  ['how many massages this week', 'PracticeLogIntent', { period: 'week' }], ['what did we do last time', 'PracticeLogIntent', { period: 'last' }],
  ['how long did we massage yesterday', 'PracticeLogIntent', { period: 'yesterday' }], ['how many massages have we done so far', 'PracticeLogIntent', { period: 'all' }],
  ['show me our week', 'PracticeLogIntent'], ['when was the last massage', 'PracticeLogIntent'],
  ['remind me to massage every evening at seven', 'SetReminderIntent', { daypart: 'evening' }], ['set a massage reminder for 7 pm', 'SetReminderIntent'],
  ['remind me to massage', 'SetReminderIntent'], ['half past seven in the evening', 'SetReminderIntent', { clock: '19:30-pm' }], ['at eight pm', 'SetReminderIntent', { clock: '20:00-pm' }],
  ['cancel my massage reminder', 'CancelReminderIntent'], ['stop reminding me', 'CancelReminderIntent'], ['do i have a reminder', 'CheckReminderIntent'],
  ['what time is my reminder', 'CheckReminderIntent'], ['forget everything about me', 'ForgetMeIntent'], ['delete my data', 'ForgetMeIntent'], ['what do you keep about me', 'ForgetMeIntent'],
];
