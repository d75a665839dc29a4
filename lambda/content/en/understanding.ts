import type { MassagePart, RoutineId } from '../../routine/types';
import type { CommandKind, Cues, StatementKind } from '../understand';
import type { BenefitTopic, SafetyTopic } from '../topics';


/**
 * The words English-speaking parents use for each question topic (content/understand.ts matches them
 * against a question in their own words). Listed most specific first: a tie goes to the earlier topic.
 */
export const QUESTION_CUES: Cues<BenefitTopic | SafetyTopic> = [
  ['postnatal', ['since the birth', 'since giving birth', 'postnatal depression', 'postpartum depression', 'post natal depression', 'my mood', 'feeling low', 'feel low', 'been low', 'baby blues', 'depressed', 'depression', 'anxious', 'anxiety', 'mental health', 'struggling', 'so low', 'really low', 'low lately', 'a bit down', 'down lately', 'sad all the time', 'overwhelmed', 'tearful', 'not coping', 'not myself']],
  ['hips', ['bowed', 'bow leg', 'hip', 'dysplasia', 'harness', 'pavlik', 'clicky hip', 'hip brace']],
  ['hernia', ['hernia', 'belly button', 'navel', 'umbilical']],
  ['soft-spot', ['soft spot', 'fontanelle', 'fontanel', 'soft part of', 'soft bit', 'soft part', 'top of her head', 'top of his head', 'top of the head']],
  ['skin', ['eczema', 'dry skin', 'cradle cap', 'dermatitis', 'baby acne', 'sensitive skin', 'dry patch', 'rash', 'spots', 'nappy rash', 'diaper rash']],
  ['premature', ['born at', 'weeks early', 'premature', 'prem', 'preemie', 'preemies', 'premmie', 'premmies', 'preterm', 'born early', 'early baby', 'nicu', 'special care']],
  ['vaccinations', ['vaccination', 'vaccine', 'jab', 'injection', 'shot', 'immunisation', 'immunization']],
  ['newborn', ['newborn', 'new born', 'one week old', 'week old', 'days old', 'day old', 'cord stump']],
  ['oil', ['oil', 'coconut', 'olive', 'almond', 'mustard', 'sunflower', 'lotion', 'vaseline', 'petroleum jelly', 'cream', 'moisturiser', 'moisturizer', 'ghee']],
  ['feeding', ['feed', 'fed', 'ate', 'eaten', 'bottle', 'breastfeed', 'after milk', 'after food', 'full tummy', 'full stomach', 'full belly', 'just eaten', 'after eating', 'after a feed', 'just had milk']],
  ['bath', ['bath', 'bathe', 'bathtime', 'wash']],
  ['sleeping', ['fall asleep during', 'fall asleep while', 'while asleep', 'while she sleep', 'while he sleep', 'when asleep', 'when she sleep', 'when he sleep', 'sleepy', 'nap', 'napping', 'asleep halfway', 'asleep in the middle', 'asleep part way', 'asleep midway', 'halfway through', 'she fall asleep', 'he fall asleep', 'baby fall asleep', 'if she fall asleep', 'if he fall asleep']],
  ['how-often', ['how often', 'how many time', 'every day', 'daily', 'once a day', 'twice a day', 'a week', 'each day', 'frequency', 'often', 'many time a week', 'times a week', 'per week', 'every night', 'each night', 'every evening', 'nightly', 'every morning']],
  ['how-long', ['how long', 'how many minute', 'session be', 'long for', 'length', 'minute', 'last', 'long should', 'long does']],
  ['age', ['start massag', 'age', 'toddler', 'what age', 'until what age', 'how old', 'stop doing', 'when should i stop', 'older baby', 'one year old', 'too old', 'stop massag', 'stop baby massag', 'stop do it', 'older', 'walking', 'crawling baby', 'too young', 'too little', 'too small', 'young enough', 'old enough']],
  ['others', ['partner', 'dad', 'father', 'husband', 'wife', 'grandma', 'grandmother', 'grandad', 'grandparent', 'nani', 'dadi', 'nanny', 'mother in law', 'sibling', 'someone else', 'anyone else', 'family', 'mum', 'mom', 'mother', 'granny', 'grandpa', 'sister', 'brother', 'aunt', 'uncle', 'maid', 'ayah', 'helper', 'carer', 'babysitter', 'childminder', 'nanny']],
  ['pressure', ['press', 'pressure', 'hurt', 'harm', 'too hard', 'how firm', 'how hard', 'gentle enough', 'too soft', 'firm', 'hard', 'gently', 'soft enough', 'how much pressure']],
  ['setting', ['room', 'warm', 'temperature of the room', 'where should', 'surface', 'towel', 'bed or floor', 'what time of day', 'best time', 'cot', 'crib', 'on the bed', 'on the floor', 'changing table', 'changing mat', 'sofa', 'couch', 'play mat']],
  ['crying', ['likes it', 'like it', 'enjoy it', 'enjoying it', 'cry', 'doesn t like', 'doesnt like', 'hate', 'upset', 'fuss', 'scream', 'not enjoy']],
  ['when-not', ['heel prick', 'blood test', 'fever', 'temperature', 'unwell', 'ill', 'sick', 'cold', 'rash', 'when not', 'shouldn t', 'shouldnt', 'never massage', 'jaundice', 'bruise', 'cut']],
  ['reflux', ['reflux', 'spit up', 'spitting up', 'posset']],
  ['digestion', ['colic', 'wind', 'gas', 'gassy', 'constipation', 'constipated', 'digestion', 'digest', 'tummy ache', 'poo', 'burp', 'clockwise', 'anticlockwise', 'counterclockwise', 'which direction', 'which way round']],
  // The teething answer covers a blocked nose too (the same face strokes).
  ['teething', ['teething', 'teeth', 'tooth', 'gum', 'blocked nose', 'stuffy nose', 'congested', 'congestion']],
  ['breathing', ['breathing', 'breath', 'asthma', 'lungs']],
  ['immunity', ['immune', 'immunity', 'illness', 'get sick less']],
  ['brain', ['brain', 'smart', 'clever', 'intelligence', 'development', 'develop', 'learn']],
  ['growth', ['weight', 'gain', 'grow', 'growth', 'bigger']],
  ['bonding', ['bond', 'bonding', 'attachment', 'closer', 'connect']],
  ['relaxation', ['relax', 'calm', 'stress', 'soothe', 'settle']],
  ['awareness', ['body awareness', 'aware', 'coordination']],
  ['circulation', ['circulation', 'blood']],
  ['autonomy', ['permission', 'consent', 'independent', 'autonomy', 'confidence']],
  ['sleep', ['sleep', 'sleep better', 'night', 'bedtime', 'before bed', 'bed', 'go to sleep', 'sleep through']],
];

/**
 * What parents say about the baby, by what the guide does about it (guide/statements.ts). Hiccups,
 * sneezes and turning away are signs of enough for now; a held finger, smiles and coos are signs of
 * yes; a nappy, a feed or sick all mean: see to the baby, the place is kept; teething is comforted
 * like crying. Rolling over and wriggling have no line of their own yet, so they are not listed.
 */
export const STATEMENT_CUES: Cues<StatementKind> = [
  ['fever', ['fever', 'temperature', 'feverish', 'hot to touch', 'feels hot', 'burning up', 'high temperature']],
  ['jaundice', ['jaundice', 'jaundiced', 'yellow', 'looks yellow']],
  ['hiccups', ['hiccup', 'sneez', 'sneeze']],
  ['unwell', ['immunisation', 'immunization', 'snotty', 'runny', 'hot', 'unwell', 'poorly', 'ill', 'not well', 'cold', 'cough', 'rash', 'eczema', 'loose motion', 'diarrhoea', 'diarrhea', 'jab', 'vaccination', 'injection', 'shot', 'runny nose']],
  ['feeding', ['sucking his fist', 'sucking her fist', 'sucking fist', 'starving', 'hungry', 'feed', 'feeding', 'milk', 'bottle', 'rooting', 'the breast', 'breastfeed', 'nurse', 'nursing']],
  ['needs', ['needs me', 'need me', 'peed', 'pee on', 'stool', 'thrown up', 'wee', 'weed', 'pee', 'poo', 'pooed', 'poop', 'potty', 'nappy', 'diaper', 'wet', 'changing', 'passed urine', 'sick', 'spat up', 'spit up', 'threw up', 'throw up', 'vomit', 'sicky', 'posset', 'su su', 'susu', 'did potty', 'did pee', 'did poop', 'did a poo', 'needs a cuddle', 'wants a cuddle', 'wants cuddling', 'wants picking up', 'wants to be held', 'chucked up', 'chuck up', 'spew', 'spewed', 'vomited', 'spitting up', 'spitting', 'bringing up milk', 'brought up']],
  ['asleep', ['asleep', 'dropped off', 'fell asleep', 'fallen asleep', 'gone off to sleep', 'sleeping', 'slept', 'nodded off', 'dozed off']],
  ['tired', ['rubbing his face', 'rubbing her face', 'tired', 'sleepy', 'yawn', 'rubbing her eye', 'rubbing his eye', 'rubbing eye', 'drowsy', 'knackered', 'exhausted', 'shattered', 'worn out']],
  ['crying', ['whimper', 'cry', 'crying', 'upset', 'scream', 'fuss', 'grizzl', 'whinge', 'whing', 'whine', 'grumpy', 'kicking off', 'teething', 'tooth', 'teeth', 'chewing', 'chew', 'drool', 'dribbl', 'gnaw', 'grizzly', 'grizzling', 'whingey', 'whiny', 'crabby', 'cranky', 'niggly', 'unsettled', 'unsettl', 'fractious', 'not settling']],
  ['dislikes', ['gone red', 'all red', 'gone pale', 'blotchy', 'looking away', 'turning away', 'turn away', 'head away', 'turning her head', 'turning his head', 'arching', 'doesn t like', 'doesnt like', 'hate', 'pushing my hand', 'not enjoying', 'pulling away', 'doesn t seem to like', 'don t think she like', 'don t think he like', 'not like', 'not liking', 'not keen']],
  ['happy', ['woken up', 'wide awake', 'happily', 'lovely noise', 'babbl', 'smil', 'smile', 'giggl', 'giggle', 'laugh', 'coo', 'cooing', 'loving it', 'love it', 'like this', 'likes this', 'enjoy', 'holding my finger', 'holding my hand', 'holding my thumb', 'grabbing my', 'gripping my', 'loving', 'happy', 'calm', 'relaxed', 'laughing', 'chuckl', 'squeal', 'fine', 'content', 'settled', 'ok now', 'alright now', 'good mood']],
  ['moving', ['rolled', 'rolling', 'roll over', 'rolled over', 'wriggl', 'wriggle', 'wriggly', 'squirm', 'won t keep still', 'wont keep still', 'won t stay still', 'won t lie still', 'wont lie still', 'kicking everywhere', 'crawling away', 'crawling', 'crawls', 'started crawling', 'keeps moving', 'on the move', 'flipped', 'flip over', 'flipped over', 'turned over', 'rolled onto', 'roll onto', 'not keeping still', 'not staying still', 'won t settle on the towel', 'keeps moving', 'kick']],
  ['wind', ['wind', 'windy', 'gas', 'gassy', 'fart', 'burp', 'colic', 'constipated', 'trapped wind', 'toot', 'trump', 'parp', 'pass wind', 'passed wind', 'broke wind']],
];

/**
 * Body parts inside words Alexa could not resolve as a part ("her face, she hates it", "the tummy,
 * she's just eaten"): the part a parent named, whatever they said around it.
 */
export const PART_CUES: Cues<MassagePart> = [
  ['movements', ['gentle movement', 'movement', 'stretch', 'exercise', 'bicycle']],
  ['legs', ['leg', 'feet', 'foot', 'toe', 'thigh']],
  ['tummy', ['tummy', 'belly', 'stomach', 'tum', 'abdomen']],
  ['chest', ['chest']],
  ['arms', ['arm', 'hand', 'finger']],
  ['face', ['face', 'head', 'forehead', 'cheek']],
  ['back', ['back', 'spine', 'shoulder']],
];

/**
 * The guide's commands inside other words: "ok so what do I do next", "hang on, what did you say",
 * "can we do the last one again". Longer cues win over shorter ones ("start again" over "again").
 */
export const COMMAND_CUES: Cues<CommandKind> = [
  ['start-over', ['start over', 'start again', 'from the top', 'from the beginning', 'restart', 'begin again']],
  ['previous', ['go back', 'last one again', 'the last one', 'previous', 'one before', 'back a bit', 'back a step']],
  ['repeat', ['repeat', 'say that again', 'say it again', 'what did you say', 'one more time', 'pardon', 'didn t catch', 'missed that', 'come again', 'again']],
  ['pause', ['pause', 'hang on', 'hold on', 'hold it', 'wait', 'a minute', 'a sec', 'a second', 'a moment', 'stop a sec']],
  ['resume', ['resume', 'we re back', 'i m back', 'ready again', 'go again', 'continue']],
  ['next', ['next', 'move on', 'done with', 'that one done', 'got it']],
];

/**
 * Routines by what they are for, inside words Alexa could not resolve as a routine ("my baby has colic,
 * which massage", "the sleepy time one"). Read only when the words are not a question (QUESTION_STARTS):
 * a question never starts a routine.
 */
export const ROUTINE_CUES: Cues<Exclude<RoutineId, `just-${string}`>> = [
  ['newborn', ['newborn', 'new born', 'week old', 'weeks old', 'days old', 'day old', 'tiny baby', 'new baby']],
  ['bedtime', ['bedtime', 'bed time', 'before bed', 'sleep', 'sleepy', 'night', 'settle', 'wind down', 'evening']],
  ['colic', ['colic', 'colicky', 'wind', 'windy', 'gas', 'gassy', 'tummy ache', 'trapped wind', 'constipat', 'burp']],
  ['quick', ['quick', 'short', 'five minute', 'brief', 'fast', 'in a hurry', 'not much time']],
  ['full', ['full', 'whole', 'complete', 'everything', 'all of it']],
];

/**
 * Words near a topic without being about it: a question that has them and no cue ("can I use talcum
 * powder?") has no answer of its own, and this topic is offered as the nearest.
 */
export const NEARBY_WORDS: Cues<BenefitTopic | SafetyTopic> = [
  ['oil', ['powder', 'talc', 'talcum', 'soap', 'wipes', 'shampoo', 'balm', 'product', 'products']],
  ['setting', ['music', 'song', 'sing', 'singing', 'light', 'lights', 'dim', 'nails', 'rings', 'phone', 'tv', 'television', 'noise', 'quiet']],
  ['bath', ['swim', 'swimming', 'pool', 'water', 'shower']],
  ['brain', ['talk', 'talking', 'language', 'speech', 'words', 'eye contact']],
  ['others', ['daycare', 'nursery', 'twins', 'class', 'classes', 'course', 'instructor']],
  ['when-not', ['surgery', 'operation', 'broken', 'injury', 'bruised', 'medicine', 'hospital']],
  ['age', ['months', 'crawl', 'crawling', 'walk', 'walking', 'sitting up', 'year']],
  ['crying', ['fussy', 'cranky', 'grumpy', 'wriggly', 'squirmy', 'won t lie still']],
];

/** Words too common to say what a question is about ("can I do this with my baby?"), as stems. */
export const COMMON_WORDS: readonly string[] = [
  'the', 'and', 'for', 'you', 'your', 'she', 'her', 'him', 'his', 'they', 'them', 'their', 'our', 'baby', 'babie', 'massage', 'massag', 'can', 'could',
  'should', 'would', 'will', 'what', 'when', 'where', 'which', 'who', 'why', 'how', 'doe', 'does', 'did', 'done', 'this', 'that', 'these', 'those', 'with', 'from',
  'about', 'into', 'okay', 'alright', 'safe', 'good', 'bad', 'fine', 'help', 'need', 'use', 'get', 'got', 'have', 'has', 'had', 'it', 'its', 'are', 'was',
  'were', 'been', 'being', 'any', 'some', 'much', 'many', 'more', 'very', 'just', 'also', 'too', 'than', 'then', 'there', 'here', 'after', 'before',
  'during', 'while', 'still', 'really', 'thing', 'way', 'little', 'one', 'all', 'not', 'don', 'doesn', 'isn', 'well', 'know', 'want', 'think', 'make',
  'mean', 'kind', 'sort', 'lot', 'bit', 'out', 'off', 'over', 'under', 'other', 'same', 'tell', 'say', 'said',
];

/** How a question starts: words that begin with one are asked, and never start a routine. */
export const QUESTION_STARTS: readonly string[] = ['can', 'could', 'does', 'do', 'is', 'are', 'should', 'will', 'would', 'what', 'how', 'when', 'why', 'which', 'where', 'may', 'who'];
