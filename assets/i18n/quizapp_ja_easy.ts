<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AttractView</name>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="168"/>
        <source>My Number
Privacy Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="173"/>
        <source>Five questions on the My Number system, each answer explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="175"/>
        <source>Touch to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="176"/>
        <source>Start the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="179"/>
        <source>Nothing about you is kept: your answers are cleared when you finish or walk away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="33"/>
        <source>Save your data to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="34"/>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="59"/>
        <source>quizapp export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="44"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="45"/>
        <source>The file could not be written:
{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="49"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="49"/>
        <source>Your data was saved to:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="57"/>
        <source>Add data from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="70"/>
        <source>Adding your data from the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="77"/>
        <source>Nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="78"/>
        <source>This file cannot be added, so nothing was changed:
{path}

{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="86"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="87"/>
        <source>{answers} answers were added ({skipped} were already here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="96"/>
        <source>This removes from this computer {answers} answers, the review schedule, {profiles} added learners and {backups} backup files. It cannot be undone. To keep a copy, save your data to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="100"/>
        <source>Erase all your data from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="105"/>
        <source>Erase everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="106"/>
        <source>Keep my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="111"/>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="111"/>
        <source>All your answers and review schedules were erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="115"/>
        <source>Main learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="118"/>
        <source>Name of the new learner (a first name or nickname; no password is needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="121"/>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="135"/>
        <source>Add a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="130"/>
        <source>There is already a learner with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="132"/>
        <source>Please do not use a 12-digit number such as a My Number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="134"/>
        <source>A name has 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="143"/>
        <source>Who is learning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="143"/>
        <source>Learner:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayBar</name>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="55"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="55"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="55"/>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="56"/>
        <source>Text size: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="58"/>
        <source>Makes the text larger, then back to normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="59"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="59"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="60"/>
        <source>High contrast: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackCard</name>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="37"/>
        <source>Correct answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="38"/>
        <source>Why each choice is right or wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="39"/>
        <source>Explanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="46"/>
        <source>(as of {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="50"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="51"/>
        <source>Scan the code with your phone to open this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="143"/>
        <source>My Number Privacy Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="146"/>
        <source>Learn what the My Number Card&apos;s chip holds, who may share personal data, and what the Personal Information Protection Commission does. Every answer comes with an explanation and its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="151"/>
        <source>Start a mixed quiz (10 questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="153"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="154"/>
        <source>Home screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="155"/>
        <source>Progress and your data (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="156"/>
        <source>Progress and your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="157"/>
        <source>Change learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="162"/>
        <source>Loading the questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="164"/>
        <source>No question banks could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="200"/>
        <source>Learner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="205"/>
        <source>Review now (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="207"/>
        <source>Nothing to review right now. Questions you miss come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="209"/>
        <source>1 question is due for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="211"/>
        <source>{n} questions are due for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="213"/>
        <source>Review now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="235"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="238"/>
        <source>Start a quiz on {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="252"/>
        <source>{answered} of {total} questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="257"/>
        <source>{answered} · {percent}% correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="271"/>
        <source>…and {n} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="272"/>
        <source>Some question banks could not be loaded:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="123"/>
        <source>My Number Privacy Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="219"/>
        <source>End your visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="220"/>
        <source>Your answers will be cleared and the quiz starts again from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="221"/>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="266"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="222"/>
        <source>End visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="230"/>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="231"/>
        <source>The quiz starts again from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="232"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="264"/>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="265"/>
        <source>seconds, then your answers
are cleared. Touch anywhere
to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="275"/>
        <source>Your answers will be cleared in {n} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="80"/>
        <source>My Number Privacy Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="240"/>
        <source>Your answer could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="248"/>
        <source>Leave the quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="249"/>
        <source>Leave this quiz and go back to the home screen? Answers so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="250"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="251"/>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="92"/>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="93"/>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="94"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="95"/>
        <source>Enter the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="96"/>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="110"/>
        <source>{n} digits entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="111"/>
        <source>Enter the staff PIN to leave kiosk mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="120"/>
        <source>Too many wrong PINs. Try again in {m}:{s:02d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="161"/>
        <source>Wrong PIN. {n} tries left before the pad locks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="148"/>
        <source>← Back to home (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="149"/>
        <source>Back to home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="151"/>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="153"/>
        <source>Progress of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="154"/>
        <source>Mastery by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="155"/>
        <source>Right answers by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="156"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="159"/>
        <source>Your answers stay on this computer. Save them to a file to keep or move them, add them from a file saved on another computer, or erase them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="163"/>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="164"/>
        <source>Add from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="165"/>
        <source>Erase all my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="166"/>
        <source>Add a learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="168"/>
        <source>Family members sharing this computer can each have their own progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="171"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="171"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="171"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="171"/>
        <source>% right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="199"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="199"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="201"/>
        <source>Questions seen: {seen} of {total}  ·  Streak: {days}  ·  Due for review: {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="220"/>
        <source>{mastered} of {total} known ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="231"/>
        <source>A question counts as known when your latest answer to it was right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="238"/>
        <source>Share of right answers on each day you answered (latest {n} days shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="242"/>
        <source>No answers yet. Your results will appear here, day by day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="256"/>
        <source>{day}: {correct} of {answered} right ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="262"/>
        <source>Right answers by day, as a table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="146"/>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="148"/>
        <source>Reads the question and its choices, or the feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="149"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="150"/>
        <source>Leave quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="150"/>
        <source>Leave quiz (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="151"/>
        <source>Leave the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="156"/>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="159"/>
        <source>Choose one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="160"/>
        <source>Select all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="161"/>
        <source>Is this true or false?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="167"/>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="195"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="172"/>
        <source>Keys: 1–{n} select or clear a choice, 0 Not sure, Enter answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="174"/>
        <source>Keys: 1–{n} choose, 0 Not sure, Enter answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="176"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="176"/>
        <source>Answer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="284"/>
        <source>You chose “Not sure”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="286"/>
        <source>✔ Correct answer (your choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="286"/>
        <source>✔ Correct answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="289"/>
        <source>✖ Your choice: not correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="296"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="296"/>
        <source>Next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="320"/>
        <source>Correct answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="333"/>
        <source>✔ Correct!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="335"/>
        <source>? You chose “Not sure”. Here is the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="336"/>
        <source>✖ Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="75"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="77"/>
        <source>Back to home (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="79"/>
        <source>Review these now (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="80"/>
        <source>Review the questions you missed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="81"/>
        <source>Your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="119"/>
        <source>You got {score} of {total} right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="120"/>
        <source>By topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="121"/>
        <source>You answered every question correctly. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="123"/>
        <source>The questions you missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="123"/>
        <source>Questions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="125"/>
        <source>You chose “Not sure”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="126"/>
        <source>Your answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="127"/>
        <source>Correct answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="128"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="129"/>
        <source>Scan the code with your phone to open this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="134"/>
        <source>{correct} of {asked} right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="99"/>
        <source>Kiosk statistics (anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="100"/>
        <source>Questions, hardest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="101"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="101"/>
        <source>% correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="101"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="104"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="106"/>
        <source>Most chosen wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="109"/>
        <source>Visits per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="110"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="110"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="111"/>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="112"/>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="113"/>
        <source>Exit kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="123"/>
        <source>No visits counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="125"/>
        <source>Visits: {total}, counted since {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="138"/>
        <source>{choice} — {n}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="164"/>
        <source>Export kiosk statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="166"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="176"/>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="178"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../quizapp/ui/widgets/sources.py" line="72"/>
        <source>QR code of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/sources.py" line="86"/>
        <source>Opens the page in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="61"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="62"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="144"/>
        <source>Details are in the log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="145"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/errors.py" line="25"/>
        <source>An unexpected error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../quizapp/ui/launch.py" line="265"/>
        <source>Your progress file was made by a newer version of this app, so this version cannot open it. Please install the newer version.
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/launch.py" line="275"/>
        <source>Your progress could not be opened.
{detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="157"/>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="158"/>
        <source>The quiz is already open. Please use the window that is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="161"/>
        <source>Only one copy of the app can use this data folder at a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="168"/>
        <source>The disk is full, so your progress cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="170"/>
        <source>Your progress cannot be saved: this folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="173"/>
        <source>Nothing you saved before has been lost. Free some disk space or choose another folder with --data-dir, then start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="181"/>
        <source>Cannot save progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="189"/>
        <source>Your answer could not be saved because the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="193"/>
        <source>Your answer could not be saved because the data folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="196"/>
        <source>Answers saved before are safe. Free some disk space, then answer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="202"/>
        <source>Answer not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="210"/>
        <source>Your progress file was damaged, so it was restored from the backup of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="214"/>
        <source>Your progress file was damaged and no usable backup was found, so it starts afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="218"/>
        <source>The damaged file was kept, not deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="224"/>
        <source>Progress file repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="232"/>
        <source>Some of the answers saved just before the app last stopped could not be read back, so they are missing from your progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="238"/>
        <source>A copy of the unreadable part was kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="244"/>
        <source>Some answers lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
